import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeQuotes } from './fixture.js';
import { toContract } from '../../output/contract.js';
import { analyzeText } from '../../testing/docs.js';
import { DEFAULT_STAGES } from '../../pipeline/order.js';

const org = { type: 'organization' as const };

test('curly quote followed by "said Name"', () => {
  const { direct } = analyzeQuotes('Ali Shamkhani met Hamas leaders on Sunday.\n“What will annihilate the Zionist regime is internal corruption,” said Shamkhani.');
  assert.equal(direct.length, 1);
  assert.equal(direct[0].text, 'What will annihilate the Zionist regime is internal corruption,');
  assert.equal(direct[0].who, 'Ali Shamkhani');
  assert.equal(direct[0].cue?.text, 'said');
  assert.match(direct[0].rule, /^after-name/);
});

test('straight quotes followed by "Name said"', () => {
  const t = 'Manmohan Singh met Pervez Musharraf.\n"We covered extensively all aspects and I\'m very satisfied with the outcome," Singh said.';
  const { direct, a } = analyzeQuotes(t);
  assert.equal(direct.length, 1);
  assert.equal(direct[0].who, 'Manmohan Singh');
  assert.equal(t.slice(direct[0].span.start, direct[0].span.end), direct[0].text);
  assert.equal(t.slice(direct[0].speakerSpan!.start, direct[0].speakerSpan!.end), 'Singh');
  assert.equal(a.quotes.length, 1);
});

test('a closing mark used to open (”…”) and an opening mark used to close (…,“)', () => {
  const { direct } = analyzeQuotes('Velayati said the ”plan that was announced in Bahrain will never succeed” in the end.\n“Both sides voiced their rejection of the US aggression in the region,“ Hamas added.', { Hamas: org });
  assert.deepEqual(direct.map((q) => q.text), ['plan that was announced in Bahrain will never succeed', 'Both sides voiced their rejection of the US aggression in the region,']);
  assert.equal(direct[1].who, 'Hamas');
});

test('a quote with no closing mark runs to the end of its paragraph', () => {
  const { direct } = analyzeQuotes('Khamenei said: “The Islamic Republic has no hesitation when it comes to supporting Palestine.\nThe talks ended on Monday.');
  assert.equal(direct.length, 1);
  assert.equal(direct[0].text, 'The Islamic Republic has no hesitation when it comes to supporting Palestine.');
  assert.equal(direct[0].who, 'Khamenei');
});

test('a paragraph that opens a quote without closing it continues in the next', () => {
  const t = 'Ismail Haniyeh spoke in Tehran.\n“This battle has had several strategic results for the resistance.\n“These events clearly show the bright future of the Resistance,” he said.';
  const { direct } = analyzeQuotes(t);
  assert.equal(direct.length, 1);
  assert.match(direct[0].text, /^This battle has had several strategic results for the resistance\.\nThese events clearly show/);
  assert.equal(direct[0].who, 'Ismail Haniyeh');
});

test('quotes split by their attribution are two quotes, the second credited to the same speaker', () => {
  const t = 'Osama Hamdan spoke on Friday.\n"In the meeting, the minister emphasized support for the resistance," said Hamdan. "Due to the escalation of attacks, this meeting was of particular importance."';
  const { direct } = analyzeQuotes(t);
  assert.equal(direct.length, 2);
  assert.deepEqual(direct.map((q) => q.who), ['Osama Hamdan', 'Osama Hamdan']);
  assert.equal(direct[1].rule, 'continued');
});

test('nested quotes stay inside their parent, even when the outer mark is never closed', () => {
  const nested = analyzeQuotes('“We reject what they call ‘the deal of the century’ and we will resist it,” Haniyeh said.').direct;
  assert.equal(nested.length, 1);
  assert.match(nested[0].text, /^We reject what they call ‘the deal of the century’ and we will resist it/);
  const unclosed = analyzeQuotes('Khaled Qaddumi met Zarif, affirming that “the Intifada would continue despite Israel’s “crimes and its tight security grip” as he termed it.').direct;
  assert.equal(unclosed.length, 1);
  assert.match(unclosed[0].text, /^the Intifada would continue despite Israel’s “crimes and its tight security grip” as he termed it\.$/);
  assert.equal(unclosed[0].who, 'Khaled Qaddumi');
});

test('a partial quote inside a sentence is spoken by the subject of its clause', () => {
  const { direct } = analyzeQuotes('Zarif, Iran’s chief negotiator in the nuclear talks with the P5+1 Powers, hailed the “Palestinian resistance and its struggle for the liberation of the land.”');
  assert.equal(direct.length, 1);
  assert.equal(direct[0].who, 'Zarif');
  assert.match(direct[0].rule, /^(before|clause)-name/);
});

test('speaker before the quote: "Name stated:" and "He said:"', () => {
  const t = 'Dr. Kamal Kharazi stated: “This support for the Resistance must be maintained and strengthened.”\nHamas leader Ismail Haniyeh emphasized that the battle was a turning point. He said: “This battle has had several strategic results, including Quds.”';
  const { direct } = analyzeQuotes(t);
  assert.deepEqual(direct.map((q) => q.who), ['Dr. Kamal Kharazi', 'Ismail Haniyeh']);
  assert.match(direct[0].rule, /^before-name/);
  assert.match(direct[1].rule, /pronoun/);
});

test('"he added" resolves to the subject of the sentence before', () => {
  const t = 'Shamkhani also referred to some Arab states, which he did not name.\n“But it turned out that their rulers are in contact with the enemy,” he added.';
  const { direct } = analyzeQuotes(t);
  assert.equal(direct[0].who, 'Shamkhani');
  assert.equal(direct[0].cue?.text, 'added');
  assert.equal(t.slice(direct[0].speakerSpan!.start, direct[0].speakerSpan!.end), 'he');
});

test('an apposition around the name: "Name, a senior representative of X, said"', () => {
  const t = '"In the meeting with the minister, the current aggressions were discussed," Osama Hamdan, a senior representative of Hamas in Lebanon, said early Friday.\nAccording to Al Mayadeen, the senior representative of Hamas in Lebanon stated, "The most prominent message of the meeting is unity."';
  const { direct } = analyzeQuotes(t, { Hamas: org, Lebanon: { type: 'place' } });
  assert.deepEqual(direct.map((q) => q.who), ['Osama Hamdan', 'Osama Hamdan']);
  assert.equal(direct[1].via, 'Al Mayadeen');
  assert.match(direct[1].rule, /description/);
});

test('descriptions resolve by role and title: "the Iranian minister", "the Ayatollah"', () => {
  const t = 'Mohammad Javad Zarif met Qaddumi in Tehran.\n“Our position towards the Palestinian cause is a principled stand,” the Iranian minister said.\nSupreme Leader Ayatollah Ali Khamenei received the delegation.\n“The Palestinian resistance will surely end in victory for the people,” the Ayatollah said.';
  const { direct } = analyzeQuotes(t, { 'Mohammad Javad Zarif': { roles: ['foreign minister'], affiliation: 'Iran' } });
  assert.equal(direct[0].who, 'Mohammad Javad Zarif');
  assert.match(direct[1].who ?? '', /Ayatollah Ali Khamenei$/);
  assert.match(direct[1].rule, /description-role/);
});

test('organizations speak through statements', () => {
  const t = '“The delegation reiterated that Hamas will continue upholding the Palestinian rights,” said Hamas in a statement.\n“Both sides highlighted that the US demeanor posed a threat to the region,” Hamas’ statement read.';
  const { direct } = analyzeQuotes(t, { Hamas: org });
  assert.deepEqual(direct.map((q) => q.who), ['Hamas', 'Hamas']);
  assert.equal(direct[1].rule, 'after-statement');
});

test('a paragraph of quotation with no attribution continues the speaker before it', () => {
  const t = '"The meeting is a success for the Taliban, who were demanding it," said Afghan political analyst Atta Noori.\n"Although they have not agreed on anything, they could bypass the government."\nKhalilzad returned to Kabul.';
  const { direct } = analyzeQuotes(t);
  assert.deepEqual(direct.map((q) => q.who), ['Atta Noori', 'Atta Noori']);
});

test('when the article does not say who spoke, the speaker is null', () => {
  const t = 'Ismail Qaani arrived in Baghdad, a political source reported.\nThe source told Shafaq News, “Qaani immediately began holding meetings with leaders of armed factions.”\n“The commander met with political and faction leaders, among others,” the source added.';
  const { direct } = analyzeQuotes(t, { 'Shafaq News': org });
  assert.equal(direct.length, 2);
  assert.deepEqual(direct.map((q) => q.speaker), [null, null]);
  assert.equal(direct[0].via, 'Shafaq News');
});

test('via: the outlet the article credits, in its usual forms', () => {
  const t = [
    'Ali Shamkhani met Mahmoud al-Zahar, reported The Tehran Times.',
    '“What will annihilate the Zionist regime is internal and widespread corruption,” said Shamkhani, according to the report.',
    '“Any action that causes deviation on the path of fighting is a betrayal,” he added, according to IRNA.',
    '"I declare my support for the resistance of the believing men and women," state TV quoted Khamenei as saying.',
    'Khamenei also called for "strong resistance against the Saudi-led Arab Coalition," the semi-official Fars news agency reported.',
  ].join('\n');
  const { direct } = analyzeQuotes(t, { IRNA: org });
  assert.deepEqual(direct.map((q) => q.via), ['Tehran Times', 'IRNA', 'state TV', 'Fars']);
  assert.deepEqual(direct.map((q) => q.who), ['Ali Shamkhani', 'Ali Shamkhani', 'Khamenei', 'Khamenei']);
});

test('an outlet relaying a third-person account: the quote’s own subject is the speaker', () => {
  const t = 'Ismail Haniyeh met Khamenei.\n"Khamenei praised the steadfastness and resilience of the people of Gaza," Iran\'s state TV said.';
  const { direct } = analyzeQuotes(t);
  assert.equal(direct[0].who, 'Khamenei');
  assert.equal(direct[0].via, "Iran's state TV");
});

test('reported speech is its own kind: direct false, with speaker, cue and content', () => {
  const t = 'Khamenei said the Islamic Republic has no hesitation when it comes to supporting Palestine.\nShamkhani described the plan as a failed plan that cannot come true.';
  const { reported, direct } = analyzeQuotes(t);
  assert.equal(direct.length, 0);
  assert.deepEqual(reported.map((q) => [q.who, q.cue?.text, q.direct]), [['Khamenei', 'said', false], ['Shamkhani', 'described', false]]);
  assert.equal(reported[0].text, 'the Islamic Republic has no hesitation when it comes to supporting Palestine');
  const c = toContract(analyzeQuotes(t).a);
  assert.equal(c.quotes.length, 0);
  assert.equal(c.reported.length, 2);
});

test('quotes inside boilerplate are skipped', () => {
  const t = 'Zarif met Qaddumi on Monday.\n“Donate to vital charities that help protect citizens around the world,” says our editor.';
  const start = t.indexOf('“Donate');
  assert.equal(analyzeQuotes(t).direct.length, 1);
  const { direct } = analyzeQuotes(t, {}, { boilerplate: [{ start, end: t.length, kind: 'donation', rule: 'test' }] });
  assert.equal(direct.length, 0);
});

test('"said <description>, <Name>": the name after the comma speaks', () => {
  const { direct } = analyzeQuotes('“The talks in Muscat were constructive and will continue next week,” said Iran’s foreign minister, Abbas Araqchi.', { Iran: { type: 'place' } });
  assert.equal(direct[0].who, 'Abbas Araqchi');
});

test('"the movement said" resolves to an organization named with that word, else to the organization last spoken of', () => {
  const t = 'The Islamic Resistance Movement sent a delegation.\n“We will continue upholding the rights of our people,” the movement said.\nThe Taliban issued a statement on Monday.\n“We will continue such meetings with the American side,” the group said.\n“We will not stop until the occupation ends in our land,” the ministry said.';
  const { direct } = analyzeQuotes(t, { 'Islamic Resistance Movement': org, Taliban: org });
  assert.deepEqual(direct.map((q) => q.who), ['Islamic Resistance Movement', 'Taliban', null]);
});

test('reported speech needs a reported clause, not just an object', () => {
  const { reported } = analyzeQuotes('Raisi reaffirmed his country’s support for the Palestinian cause. Raisi said that the talks were useful for both sides.');
  assert.deepEqual(reported.map((q) => q.text), ['the talks were useful for both sides']);
});

test('"X quoted Y as saying: “…”": Y speaks, X is the outlet', () => {
  const { direct } = analyzeQuotes('Iran’s state news agency IRNA quoted President Ebrahim Raisi as saying: “Any new aggression will face a decisive and severe response.”', { IRNA: org });
  assert.equal(direct[0].who, 'Ebrahim Raisi');
  assert.equal(direct[0].via, 'IRNA');
});

test('"…,” according to a Hezbollah statement": the statement’s author speaks', () => {
  const { direct } = analyzeQuotes('The meeting discussed “what the axis of resistance must do at this sensitive stage”, according to a Hezbollah statement.', { Hezbollah: org });
  assert.equal(direct[0].who, 'Hezbollah');
});

test('a partial quote in a reported clause is spoken by the subject of the speech verb', () => {
  const t = 'His deputy, Naim Qassem, told a rally on Friday that the group was "at the heart of the battle" and warned that "no one can stop us from doing our duty".';
  const { direct } = analyzeQuotes(t);
  assert.deepEqual(direct.map((q) => q.who), ['Naim Qassem', 'Naim Qassem']);
});

test('"…”, adding: “…”" — a participle after a quote is not its attribution', () => {
  const t = 'Hamas official Osama Hamdan said the movement had "not asked anyone to join the fight", adding: "Everyone knows their duty in this battle."';
  const { direct } = analyzeQuotes(t, { Hamas: org });
  assert.deepEqual(direct.map((q) => q.who), ['Osama Hamdan', 'Osama Hamdan']);
});

test('"told a news conference" is not an outlet; "told Reuters" is', () => {
  const t = '"We told the Americans that our operation would be limited," Amir-Abdollahian told a news conference.\nA senior official told Reuters: "If Israel retaliates, our response will be immediate."';
  const { direct } = analyzeQuotes(t, { Reuters: org });
  assert.deepEqual(direct.map((q) => q.via), [null, 'Reuters']);
  assert.deepEqual(direct.map((q) => q.who), ['Amir-Abdollahian', null]);
});

test('a paragraph ending "wrote on Twitter:" introduces the quote paragraph after it', () => {
  const { direct } = analyzeQuotes('Zarif wrote on Twitter:\n“The US must stop its economic terrorism against the Iranian people.”', { Twitter: org, US: { type: 'place' } });
  assert.equal(direct[0].who, 'Zarif');
  assert.match(direct[0].rule, /^before/);
});

test('a quote standing alone after a sentence about one person continues that person', () => {
  const { direct } = analyzeQuotes('Araghchi was defiant on Monday.\n“We will never surrender to pressure and threats from anyone.”');
  assert.equal(direct[0].who, 'Araghchi');
  assert.equal(direct[0].rule, 'previous-subject');
});

test('plural speakers ("officials said") are nobody in particular', () => {
  const t = 'Hamas official Osama Hamdan spoke on Friday.\n“The talks will continue in Cairo next week,” officials said.';
  const { direct } = analyzeQuotes(t, { Hamas: org });
  assert.equal(direct[0].speaker, null);
});

test('"Name was quoted as saying by IRNA"', () => {
  const { direct } = analyzeQuotes('“The sanctions have failed to break the will of our nation,” Kanaani was quoted as saying by IRNA.', { IRNA: org });
  assert.equal(direct[0].who, 'Kanaani');
  assert.equal(direct[0].via, 'IRNA');
});

test('"Iranian state media said Haniyeh, who …, “briefed…”": Haniyeh speaks, state media is the credit', () => {
  const t = 'Iranian state media said Haniyeh, who has resided between Qatar and Turkey since 2019, "briefed Khamenei on the latest developments in the Gaza Strip".';
  const { direct } = analyzeQuotes(t, { Qatar: { type: 'place' }, Turkey: { type: 'place' } });
  assert.equal(direct[0].who, 'Haniyeh');
  assert.equal(direct[0].via, 'Iranian state media');
});

test('a credit carries to the same speaker’s quotes in the next sentence of the paragraph', () => {
  const t = 'Ali Khamenei met the delegation. Khamenei was also cited by the Tasnim news agency praising the resistance. He went on to underscore that the struggle is “based on a definite divine promise” that “will surely end in favor of the Palestinian people.” He later tweeted, “Hamas stands at the core of Palestine’s movement.”';
  const { direct } = analyzeQuotes(t);
  assert.deepEqual(direct.map((q) => q.via), ['Tasnim', 'Tasnim', null]);
  assert.deepEqual(direct.map((q) => q.who), ['Ali Khamenei', 'Ali Khamenei', 'Ali Khamenei']);
});

test('a line break inside a quotation: the quote runs on to the closing mark in the next paragraph', () => {
  const t = '“We will not accept any plan that ignores the rights of the Palestinian people\nor their right to return to their land,” Haniyeh said.';
  const { direct } = analyzeQuotes(t);
  assert.equal(direct.length, 1);
  assert.equal(direct[0].who, 'Haniyeh');
  assert.match(direct[0].text, /people\nor their right/);
});

test('a short quote with its own speaker ends the run of the quote before it', () => {
  const t = '“The talks were candid, friendly and fruitful,” Hua Chunying said.\n“It’s a win-win,” one Iranian diplomat told reporters. “Both countries benefit from closer ties.”';
  const { direct } = analyzeQuotes(t);
  assert.deepEqual(direct.map((q) => [q.id, q.who]), [['q1', 'Hua Chunying'], ['q2', null]]);
});

test('a headline form "Name: “…”" credits the name', () => {
  const { direct } = analyzeQuotes('Khamenei: “Palestine will be free and the occupation will end”\nThe Supreme Leader spoke in Tehran.');
  assert.equal(direct[0].who, 'Khamenei');
  assert.equal(direct[0].rule, 'before-colon-name');
});

test('"According to Name, “…”" credits the name; "he said, “…”" the pronoun', () => {
  const t = 'According to Khamenei, “The Islamic Republic has no hesitation when it comes to supporting Palestine.”\nZarif met Haniyeh. “We will respond,” he said, “and the response will be harsh and decisive.”';
  const { direct } = analyzeQuotes(t);
  assert.deepEqual(direct.map((q) => q.who), ['Khamenei', 'Zarif']);
});

test('marks spaced on both sides, as translated wire copy writes them: « … » and " … "', () => {
  const t = 'Assad affirmed that « the victories achieved by the army are the result of the steadfastness of the people » .\nFor his part, Ansari said " Iran will continue to stand by Syria in its war against terrorism " .';
  const { direct } = analyzeQuotes(t);
  assert.deepEqual(direct.map((q) => q.text), ['the victories achieved by the army are the result of the steadfastness of the people', 'Iran will continue to stand by Syria in its war against terrorism']);
  assert.deepEqual(direct.map((q) => q.who), ['Assad', 'Ansari']);
});

test('a sentence about someone else between two quotes ends the first speaker’s run', () => {
  const t = '“We will never accept the occupation of our land,” said Haniyeh. Then Nasrallah took the stage before the crowd.\n“The resistance is stronger today than at any time before.”';
  const { direct } = analyzeQuotes(t);
  assert.deepEqual(direct.map((q) => q.who), ['Haniyeh', 'Nasrallah']);
});

test('a description with the name in apposition: the name speaks', () => {
  const t = '“The sanctions are a crime against humanity and must end now,” the spokesman for the foreign ministry, Nasser Kanaani, said.\nThe spokesman for the foreign ministry, Nasser Kanaani, said: “We will respond to any aggression with full force.”';
  const { direct } = analyzeQuotes(t);
  assert.deepEqual(direct.map((q) => q.who), ['Nasser Kanaani', 'Nasser Kanaani']);
});

test('"Iran’s leader, Ayatollah Ali Khamenei, has described … as “…”": the name closing the apposition speaks', () => {
  const t = 'Iran’s supreme leader, Ayatollah Ali Khamenei, has described the missile strikes as "a slap in the face" for America.';
  const { direct } = analyzeQuotes(t, { Iran: { type: 'place' } });
  assert.match(direct[0].who ?? '', /Ali Khamenei$/);
  assert.equal(direct[0].cue?.text, 'described');
});

test('via: "in an interview with CNN", "speaking to Al Jazeera"; not "speaking to reporters"', () => {
  const t = 'Zarif said in an interview with CNN: “We are not seeking a war with anyone in the region.”\nSpeaking to Al Jazeera, Haniyeh said: “The resistance will continue until the occupation ends.”\nSpeaking to reporters, Kirby said: “We remain ready to respond at a time of our choosing.”';
  const { direct } = analyzeQuotes(t, { CNN: org, 'Al Jazeera': org });
  assert.deepEqual(direct.map((q) => q.via), ['CNN', 'Al Jazeera', null]);
  assert.deepEqual(direct.map((q) => q.who), ['Zarif', 'Haniyeh', 'Kirby']);
});

test('a place reported on is not the speaker: "… and said Doha looked forward to “…”", "the official said Moscow valued “…”"', () => {
  const joined = analyzeQuotes('Sheikh Tamim bin Hamad Al Thani met officials. Sheikh Tamim, for his part, conveyed his appreciation and said Doha looked forward to "a summit that reflects the aspirations of the peoples of the Gulf."', { Doha: { type: 'place' } });
  assert.match(joined.direct[0].who ?? '', /Tamim/);
  const unnamed = analyzeQuotes('Sergey Shoigu visited Pyongyang. During that trip, the Russian official said Moscow valued the DPRK’s "unwavering support for the special military operation," according to KCNA.', { Moscow: { type: 'place' } });
  assert.notEqual(unnamed.direct[0].who, 'Moscow');
});

test('a participle aside between a subject and its verb keeps the subject: "Zelenskiy, speaking in his video address, said…"', () => {
  const t = 'Kremlin spokesman Dmitry Peskov told reporters in Moscow that a meeting was "not on the agenda at this stage".\n' +
    'Volodymyr Zelenskiy, speaking in his nightly video address, said Kyiv wanted a truce. "Every day of delay is paid for with Ukrainian lives," he said.';
  const { direct } = analyzeQuotes(t, { Moscow: { type: 'place' }, Kyiv: { type: 'place' } });
  assert.equal(direct.find((q) => q.text.startsWith('Every day'))?.who, 'Volodymyr Zelenskiy');
});

test('via: "told the newspaper O Globo", "said on state television"; not "said on Monday"', () => {
  const t = 'Celso Amorim told the newspaper O Globo that Brazil "cannot recognize results that have not been verified by observers." Diosdado Cabello said on state television that Machado would be arrested "the minute he sets foot on Venezuelan soil." Hamas said on Monday that it would "never accept the occupation of our land."';
  const { direct } = analyzeQuotes(t, { 'O Globo': { type: 'organization' }, Hamas: { type: 'organization' } });
  assert.deepEqual(direct.map((q) => q.via), ['O Globo', 'state television', null]);
});

test('a quote in a relative clause is its antecedent’s; appositions one after another keep the subject', () => {
  const rel = analyzeQuotes('Abdel Fattah al-Burhan met Faisal bin Farhan. Burhan, who has repeatedly vowed to fight "until the last rebel is defeated", struck a more cautious tone on Sunday.');
  assert.match(rel.direct[0].who ?? '', /Burhan/);
  const two = analyzeQuotes('Assimi Goïta hosted Ibrahim Traoré. "We are one and we will stay one," Goïta said. Traoré, 37, the youngest of the three, struck a defiant tone. "We did not free ourselves from one master to fall under another," he told the summit.');
  assert.equal(two.direct[1].who, 'Ibrahim Traoré');
});

test('a generic description speaks for the office it stands for: "the Turkish leader", "the mission"', () => {
  const t = 'Recep Tayyip Erdogan met Vladimir Putin.\n"Turkey will spare no effort to bring a just and lasting peace closer," the Turkish leader said.';
  const roles = { 'Recep Tayyip Erdogan': { roles: ['turkish president'], affiliation: 'Turkey' }, 'Vladimir Putin': { roles: ['russian president'], affiliation: 'Russia' } };
  assert.equal(analyzeQuotes(t, roles).direct[0].who, 'Recep Tayyip Erdogan');
  const m = 'The European Union Monitoring Mission (EUMA) patrols the border.\nThe mission said in a statement that it had "no plans to leave before its mandate expires in 2027".';
  assert.equal(analyzeQuotes(m, { 'European Union Monitoring Mission': org }).direct[0].who, 'European Union Monitoring Mission');
  // a leader of another country is not "the Turkish leader"
  const other = 'Vladimir Putin met reporters.\n"Turkey will spare no effort to bring a just and lasting peace closer," the Turkish leader said.';
  assert.notEqual(analyzeQuotes(other, roles).direct[0].who, 'Vladimir Putin');
});

test('"The UK prime minister told…" is the person the sentence before was about, not another country\'s prime minister', () => {
  const t = 'The Danish prime minister, Mette Frederiksen, said she was disappointed.\nOn Friday, Keir Starmer chaired a video call from London.\nThe UK prime minister told the call that Britain would "keep up the pressure on the war machine, whatever it takes".';
  const { direct } = analyzeQuotes(t, { 'Mette Frederiksen': { roles: ['danish prime minister'], affiliation: 'Denmark' } });
  assert.equal(direct[0].who, 'Keir Starmer');
});

test('a speaker named with a speech verb before the quote outranks "according to" after it', () => {
  const t = 'Recep Tayyip Erdogan met Vladimir Putin.\nErdogan told Putin that "a ceasefire followed by a comprehensive settlement is possible," according to a statement from the Directorate of Communications.';
  const { direct } = analyzeQuotes(t, { 'Directorate of Communications': org });
  assert.equal(direct[0].who, 'Recep Tayyip Erdogan');
  // with no speaker before it, "according to" names the source
  const u = 'Talks went on.\n"A ceasefire followed by a comprehensive settlement is possible," according to Recep Tayyip Erdogan.';
  assert.equal(analyzeQuotes(u).direct[0].who, 'Recep Tayyip Erdogan');
});

test('a speech verb joined by "but" shares the subject of the speech verb before it, not of the clause it reported', () => {
  const t = 'Dmitry Peskov spoke on Friday.\nDmitry Peskov said that Moscow "welcomes any step towards a lasting peace" but warned against "outside players who want to push Russia out of the region."';
  const { direct } = analyzeQuotes(t, { Moscow: { type: 'place' }, Russia: { type: 'place' } });
  assert.deepEqual(direct.map((q) => q.who), ['Dmitry Peskov', 'Dmitry Peskov']);
});

test('a sentence that opens "According to X," attributes the quotes in it to X', () => {
  const t = 'Sergey Lavrov held talks in Moscow on Wednesday.\nAccording to the Russian top diplomat, Moscow and Pyongyang "will continue to coordinate their steps at the United Nations."';
  const { direct } = analyzeQuotes(t, { 'Sergey Lavrov': { roles: ['russian foreign minister'], affiliation: 'Russia' }, Moscow: { type: 'place' }, Pyongyang: { type: 'place' } });
  assert.equal(direct[0].who, 'Sergey Lavrov');
});

/** The direct quotes of a text through the whole pipeline (real actors, roles and referents): speaker names and credits. */
function directQuotes(text: string, published = '2025-08-20'): { speaker: string | null; via: string | null }[] {
  const a = analyzeText(text, DEFAULT_STAGES, { published });
  return a.quotes.filter((q) => q.direct).map((q) => ({ speaker: a.actors.find((x) => x.id === q.speaker)?.name ?? null, via: q.via }));
}

test('"the EAM said": an office abbreviated by its initials is whoever holds the office it spells ("External Affairs Minister")', () => {
  const speaker = (text: string) => directQuotes(text)[0]?.speaker ?? null;
  assert.equal(speaker('Wang Yi held talks with External Affairs Minister S. Jaishankar. "We are seeking to build a stable and forward-looking relationship," the EAM said.'), 'S. Jaishankar');
  // initials no office of the text spells: nobody
  assert.equal(speaker('Wang Yi held talks with Foreign Secretary Vikram Misri. "We are seeking to build a stable and forward-looking relationship," the EAM said.'), null);
});

test('an outlet that accuses or warns in its own voice is the speaker ("KCNA accused Tokyo of “…”"); one that reports stays a relay', () => {
  const first = (text: string) => directQuotes(text)[0] ?? { speaker: null, via: null };
  assert.deepEqual(first('Its official Korean Central News Agency last week accused Tokyo and Seoul of "conspiring with Washington to stage a nuclear war rehearsal" in reference to the drills.'), { speaker: 'Korean Central News Agency', via: null });
  // reporting is relaying: the outlet is credited, not the speaker
  assert.equal(first('The Korean Central News Agency reported that the drills were "a rehearsal for a war of aggression against the country".').speaker, null);
});

test('"the Russian official said" is the Russian office-holder named before; "a senior Egyptian official" and then "the official" are an unnamed source', () => {
  const speakers = (text: string) => directQuotes(text).map((q) => q.speaker);
  assert.deepEqual(speakers('Choe Son Hui was received by Secretary of the Russian Security Council Sergey Shoigu. Shoigu visited Pyongyang last month. During that trip, the Russian official said Moscow valued the DPRK\'s "unwavering support for the special military operation," according to KCNA.'), ['Sergey Shoigu']);
  assert.deepEqual(speakers('Strategic Affairs Minister Ron Dermer flew to Cairo. A senior Egyptian official said the talks were hard. "Cairo will not accept any arrangement that turns Rafah into a one-way exit," the official said.'), [null]);
});

test('"a senior diplomat who asked not to be named … “…,” the diplomat said": the unnamed person introduced just before, not a diplomat named earlier', () => {
  const speakers = (text: string) => directQuotes(text).map((q) => q.speaker);
  assert.deepEqual(speakers('Eritrea was represented by Foreign Minister Osman Saleh. A senior Ethiopian diplomat who asked not to be named said the delegations would meet again. "The fact that we are sitting in the same room is itself progress," the diplomat said.'), [null]);
  // with no unnamed one introduced, "the diplomat" is the one named before
  assert.deepEqual(speakers('Eritrea was represented by Foreign Minister Osman Saleh. "The fact that we are sitting in the same room is itself progress," the diplomat said.'), ['Osman Saleh']);
});

test('a short bracket after the name, before its apposition, keeps the name the subject: "X (PhD), chairman of the TPLF, accused … of “…”"', () => {
  const [q] = directQuotes('In a separate development, Debretsion Gebremichael (PhD), chairman of the TPLF, accused the federal government of "deliberately delaying the return of displaced people to western Tigray".', '2025-06-12');
  assert.equal(q?.speaker, 'Debretsion Gebremichael');
});
