import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../../testing/docs.js';
import { segment } from '../segment/index.js';
import { mentions } from '../mentions/index.js';
import { actors } from '../actors/index.js';
import { dates } from '../dates/index.js';
import { events } from './index.js';
import type { Analysis, Event } from '../../model/types.js';

const STAGES = [segment, mentions, actors, dates, events];

function run(text: string, published: string | null = '2019-07-23'): Analysis {
  return analyzeText(text, STAGES, { published });
}
const nameOf = (a: Analysis, id: string | null) => a.actors.find((x) => x.id === id)?.name ?? id;
/** CONSULT events as sorted participant names with date and context. */
function consults(text: string, published: string | null = '2019-07-23') {
  const a = run(text, published);
  return a.events.filter((e) => e.type === 'CONSULT').map((e) => ({ who: e.participants.map((p) => nameOf(a, p)).sort(), date: e.date, context: e.context, mode: e.mode, location: e.location }));
}
const who = (text: string, published: string | null = '2019-07-23') => consults(text, published).filter((e) => e.context === 'actual' || e.context === 'historical').map((e) => e.who);

// 2019-07-23 is a Tuesday.
test('"X met (with) Y" with date and place', () => {
  const [e] = consults('Iranian Foreign Minister Mohammad Javad Zarif met with Houthi spokesman Mohammed Abdul-Salam in Tehran on Sunday.');
  assert.deepEqual(e.who, ['Mohammad Javad Zarif', 'Mohammed Abdul-Salam']);
  assert.equal(e.date, '2019-07-21');
  assert.equal(e.location, 'Tehran');
  assert.equal(e.context, 'actual');
  assert.deepEqual(who('Earlier on Sunday, the Secretary-General of the Palestinian Islamic Jihad movement, Ziyad Al-Nakhalah, met Iranian President Ibrahim Raisi in Tehran.'), [['Ibrahim Raisi', 'Ziyad Al-Nakhalah']]);
});

test('"X and Y met": coordinated subjects', () => {
  const [e] = consults('President Mwai Kibaki and opposition leader Raila Odinga met face-to-face yesterday for the first time.', '2008-01-25');
  assert.deepEqual(e.who, ['Mwai Kibaki', 'Raila Odinga']);
  assert.equal(e.date, '2008-01-24');
});

test('"X held talks with Y"', () => {
  assert.deepEqual(who('Ali Khamenei held talks with Mohammed Abdul-Salam in Tehran.'), [['Ali Khamenei', 'Mohammed Abdul-Salam']]);
});

test('"X received Y" and "Y was received by X": the host is the target, the visitor the source', () => {
  const a = run('Qatari Defense Minister Khalid al-Attiyah received Recep Tayyip Erdogan at the airport.');
  const [e] = a.events.filter((x) => x.type === 'CONSULT');
  assert.equal(e.mode, 'host');
  assert.equal(nameOf(a, e.source), 'Recep Tayyip Erdogan');
  assert.deepEqual(e.targets.map((t) => nameOf(a, t)), ['Khalid al-Attiyah']);
  const b = run('Recep Tayyip Erdogan was received by Khalid al-Attiyah at the airport.');
  const [f] = b.events.filter((x) => x.type === 'CONSULT');
  assert.equal(nameOf(b, f.source), 'Recep Tayyip Erdogan');
  assert.deepEqual(f.targets.map((t) => nameOf(b, t)), ['Khalid al-Attiyah']);
});

test('"a meeting between X and Y" and "the meeting of X and Y"', () => {
  assert.deepEqual(who('A meeting between Ismail Haniyeh and Ali Khamenei took place in Tehran.'), [['Ali Khamenei', 'Ismail Haniyeh']]);
  assert.deepEqual(who('The meeting of Recep Tayyip Erdogan and Tamim bin Hamad Al Thani lasted three hours.'), [['Recep Tayyip Erdogan', 'Tamim bin Hamad Al Thani']]);
});

test('countries take part in talks between them', () => {
  assert.deepEqual(who('Talks between Iran and the United States collapsed in Vienna on Monday.'), [['Iran', 'United States']]);
});

test('"During a meeting with Y, X said…" takes the clause subject after the comma', () => {
  const [e] = consults('During a meeting with Saleh al-Arouri, Ali Shamkhani described the plan as a failure.');
  assert.deepEqual(e.who, ['Ali Shamkhani', 'Saleh al-Arouri']);
});

test('"X\'s talks with Y"', () => {
  assert.deepEqual(who("Velayati referred to Haniyeh's talks with Ali Khamenei."), [['Ali Khamenei', 'Haniyeh']]);
});

test('a visit with no named host: the visited place is the target', () => {
  const a = run('In late January, Ismail Qaani visited Baghdad.', null);
  const [e] = a.events.filter((x) => x.type === 'CONSULT');
  assert.equal(e.mode, 'visit');
  assert.equal(nameOf(a, e.source), 'Ismail Qaani');
  assert.deepEqual(e.targets.map((t) => nameOf(a, t)), ['Baghdad']);
  assert.equal(e.location, 'Baghdad');
});

test('a visit to two places is two visits', () => {
  assert.deepEqual(who('Earlier this week, Antony Blinken visited Tokyo and Seoul.', '2021-03-18'), [['Antony Blinken', 'Tokyo'], ['Antony Blinken', 'Seoul']]);
});

test('"X led a delegation to Iran" in a year the text named is a historical visit', () => {
  const text = 'The tide turned in the summer of 2017. In October of that year, Salah al-Aruri led a delegation to Iran.';
  const [e] = consults(text, null);
  assert.deepEqual(e.who, ['Iran', 'Salah al-Aruri']);
  assert.equal(e.date, '2017-10');
  assert.equal(e.context, 'historical');
});

test('travelling somewhere "to meet" officials is a visit to the place', () => {
  const [e] = consults('Zarif traveled to Doha on Sunday to meet with Qatari officials.');
  assert.deepEqual(e.who, ['Doha', 'Zarif']);
  assert.equal(e.date, '2019-07-21');
  assert.deepEqual(who('Zarif traveled to Doha on Sunday.'), []);
});

test('"X met in PLACE with Y": the place before the partner', () => {
  const [e] = consults('Mahmoud Abbas met in Ramallah with Jared Kushner on Monday.');
  assert.deepEqual(e.who, ['Jared Kushner', 'Mahmoud Abbas']);
  assert.equal(e.location, 'Ramallah');
});

test('"X\'s visit to Y" and "his visit to Y"', () => {
  assert.deepEqual(who("Recep Tayyip Erdogan's visit to Doha lasted two days."), [['Doha', 'Recep Tayyip Erdogan']]);
  assert.deepEqual(who('Recep Tayyip Erdogan left on Monday. During his visit to Doha he signed nothing.'), [['Doha', 'Recep Tayyip Erdogan']]);
});

test('travelling "for talks with Y": Y is the host, the place where', () => {
  const [e] = consults('Ismail Haniyeh arrived in Cairo on Sunday at the head of a Hamas delegation for talks with Egyptian intelligence chief Abbas Kamel.');
  assert.deepEqual(e.who, ['Abbas Kamel', 'Ismail Haniyeh']);
  assert.equal(e.location, 'Cairo');
  assert.equal(consults('Ismail Haniyeh arrived in Cairo on Sunday at the head of a Hamas delegation for talks with Egyptian intelligence chief Abbas Kamel.').length, 1);
});

test('more forms: "paid a visit to", ", where he met", "X, meeting with Y, said", "X and Y, in a phone call"', () => {
  assert.deepEqual(who('Ismail Haniyeh paid a visit to Tehran on Monday.'), [['Ismail Haniyeh', 'Tehran']]);
  const [e] = consults('Ismail Haniyeh traveled to Tehran, where he met with Ali Khamenei.');
  assert.deepEqual(e.who, ['Ali Khamenei', 'Ismail Haniyeh']);
  assert.equal(e.location, 'Tehran');
  assert.deepEqual(who('Mohammad Zarif, meeting with Khaled Qaddumi on Monday, said the talks went well.'), [['Khaled Qaddumi', 'Mohammad Zarif']]);
  assert.deepEqual(who('Vladimir Putin and Recep Tayyip Erdogan, in a phone call on Monday, discussed Syria.'), [['Recep Tayyip Erdogan', 'Vladimir Putin']]);
});

test('a phone call is CONSULT with mode phone', () => {
  assert.deepEqual(who('Hassan Rouhani received a phone call from Emmanuel Macron on Monday.'), [['Emmanuel Macron', 'Hassan Rouhani']]);
  const [f] = consults('Vladimir Putin spoke by phone with Recep Tayyip Erdogan on Monday.');
  assert.equal(f.mode, 'phone');
  assert.deepEqual(f.who, ['Recep Tayyip Erdogan', 'Vladimir Putin']);
  const [e] = consults('Vladimir Putin phoned Recep Tayyip Erdogan on Monday.');
  assert.equal(e.mode, 'phone');
  assert.deepEqual(e.who, ['Recep Tayyip Erdogan', 'Vladimir Putin']);
});

test('"the meeting" later in the article is the same meeting: its date is inherited', () => {
  const text = 'Manmohan Singh and Pervez Musharraf met on Wednesday night in New York.\nThe leaders issued a statement.\nThe meeting began at 8.15 pm between Manmohan Singh, Natwar Singh and Pervez Musharraf.';
  const list = consults(text, '2005-09-15');
  assert.ok(list.length >= 1);
  for (const e of list) assert.equal(e.date, '2005-09-14');
  assert.ok(list.some((e) => e.who.includes('Natwar Singh')));
});

test('a meeting in the lead with no place of its own takes the dateline place', () => {
  const text = 'New Delhi: Prime Minister Manmohan Singh met Pakistan President Pervez Musharraf on Wednesday.';
  const a = analyzeText(text, STAGES, { published: '2005-09-15', boilerplate: [{ start: 0, end: 10, kind: 'dateline', rule: 'test' }] });
  const [e] = a.events.filter((x) => x.type === 'CONSULT');
  assert.equal(e.location, 'New Delhi');
  assert.match(e.rule, /dateline/);
});

test('a party\'s arrival places the meetings it then holds; an office\'s place is not the meeting\'s', () => {
  const text = 'During a meeting with Saleh al-Arouri, Ali Shamkhani described the plan as a failure.\nThe Hamas delegation led by Saleh al-Arouri arrived in Tehran earlier Saturday.';
  const [e] = consults(text);
  assert.equal(e.location, 'Tehran');
  const [f] = consults('Osama Hamdan, a senior representative of Hamas in Lebanon, met Hossein Amir-Abdollahian.');
  assert.equal(f.location, null);
});

test('a date in a relative clause about something else does not date the meeting', () => {
  const text = 'Yusuf bin Alawi held talks with Mohammad Javad Zarif in Tehran on Tuesday.\nYusuf bin Alawi, who arrived in Tehran on Sunday, also met with Hassan Rouhani.';
  const list = consults(text, '2020-01-08');
  assert.deepEqual(list.map((e) => e.date), ['2020-01-07', '2020-01-07']);
});

test('a name modifying a common noun is no party: "the Khashoggi case"', () => {
  assert.deepEqual(who('Theresa May raised the Khashoggi case in a meeting with Mohammed bin Salman.').filter((p) => p.includes('Khashoggi')), []);
});

test('offices described in the lead are bound to the names the next sentence gives, in order', () => {
  const text = 'After arriving in Doha on July 2, the Turkish president and the Qatari emir held a meeting at the palace.\nThe meeting of Recep Tayyip Erdogan and Tamim bin Hamad Al Thani lasted three hours.\nQatari Defense Minister Khalid al-Attiyah received the Turkish president at the airport.';
  const list = consults(text, '2020-07-03');
  assert.ok(list.some((e) => e.who.join() === ['Khalid al-Attiyah', 'Recep Tayyip Erdogan'].join() && e.date === '2020-07-02'), JSON.stringify(list));
});

test('a delegation\'s members named right after its meeting take part in its place; not for a visit', () => {
  const text = 'A senior Hamas delegation met with Intelligence Minister Mahmoud Alavi in Tehran on Friday.\nReports identified the Hamas deputy leader Salah al-Aruri and Hamas foreign relations chief Osama Hamdan.';
  const list = who(text, '2019-06-16');
  assert.ok(list.some((p) => p.includes('Salah al-Aruri') && p.includes('Osama Hamdan') && p.includes('Mahmoud Alavi')), JSON.stringify(list));
  assert.ok(!list.some((p) => p.includes('Hamas')), JSON.stringify(list));
});

test('the dateline\'s date gives way to the meeting\'s own day, and serves only when the lead has none', () => {
  const dl = (text: string) => analyzeText(text, STAGES, { published: '2018-10-14', boilerplate: [{ start: 0, end: 17, kind: 'dateline', rule: 'test' }] }).events.filter((x) => x.type === 'CONSULT')[0];
  assert.equal(dl('KABUL, Oct. 14 -- Zalmay Khalilzad met Ashraf Ghani in Kabul on Friday.').date, '2018-10-12');
  const e = dl('KABUL, Oct. 14 -- Zalmay Khalilzad met Ashraf Ghani in Kabul.');
  assert.equal(e.date, '2018-10-14');
  assert.match(e.rule, /date:dateline/);
});

test('a date said of the report ("said Saturday") is not the meeting\'s date', () => {
  const [e] = consults('Ali Khamenei met Ismail Haniyeh in Tehran, state media reported on Sunday.', '2023-11-05');
  assert.equal(e.date, null);
});

test('a delegation "led by X" makes X the participant', () => {
  const out = who('A Hamas delegation led by Saleh al-Arouri met Ali Shamkhani in Tehran.');
  assert.ok(out.some((p) => p.includes('Saleh al-Arouri') && p.includes('Ali Shamkhani')), JSON.stringify(out));
  assert.ok(!out.some((p) => p.includes('Hamas')), JSON.stringify(out));
});

test('every event carries evidence, trigger and rule', () => {
  const text = 'Zarif met Qaddumi on Monday.';
  const [e] = run(text).events as Event[];
  assert.equal(text.slice(e.trigger.start, e.trigger.end), e.trigger.text);
  assert.equal(e.trigger.text, 'met');
  assert.equal(text.slice(e.evidence.start, e.evidence.end), text);
  assert.match(e.rule, /^consult:meet/);
});

// ---- other PLOVER types ----------------------------------------------------------------------
function typed(text: string) {
  const a = run(text);
  return a.events.filter((e) => e.type !== 'CONSULT').map((e) => ({ type: e.type, source: nameOf(a, e.source), targets: e.targets.map((t) => nameOf(a, t)), context: e.context }));
}

test('SUPPORT: praise, hail, thank', () => {
  assert.deepEqual(typed('Mohammad Zarif hailed Hamas for its resistance.'), [{ type: 'SUPPORT', source: 'Mohammad Zarif', targets: ['Hamas'], context: 'actual' }]);
  assert.deepEqual(typed('Ismail Haniyeh thanked Iran for its support.').map((e) => [e.type, e.source, e.targets[0]]), [['SUPPORT', 'Ismail Haniyeh', 'Iran']]);
});

test('ACCUSE: condemn, accuse, blame', () => {
  assert.deepEqual(typed('Hassan Nasrallah accused Israel of war crimes.').map((e) => [e.type, e.source, e.targets[0]]), [['ACCUSE', 'Hassan Nasrallah', 'Israel']]);
  assert.deepEqual(typed('Ali Khamenei condemned Saudi Arabia.').map((e) => [e.type, e.source, e.targets[0]]), [['ACCUSE', 'Ali Khamenei', 'Saudi Arabia']]);
});

test('REJECT, THREATEN, REQUEST, SANCTION, ASSAULT, AID, AGREE', () => {
  assert.deepEqual(typed('Hamas rejected Washington outright.').map((e) => e.type), ['REJECT']);
  assert.deepEqual(typed('Iran threatened Israel with a harsh response.').map((e) => e.type), ['THREATEN']);
  assert.deepEqual(typed('Antonio Guterres urged Israel to stop.').map((e) => e.type), ['REQUEST']);
  assert.deepEqual(typed('The United States sanctioned Ali Shamkhani.').map((e) => e.type), ['SANCTION']);
  assert.deepEqual(typed('Israel attacked Gaza overnight.').map((e) => e.type), ['ASSAULT']);
  assert.deepEqual(typed('Iran armed Hezbollah for years.').map((e) => e.type), ['AID']);
  assert.deepEqual(typed('Iran agreed with Hamas on joint programs.').map((e) => e.type), ['AGREE']);
});

test('passives: "was condemned by X", and a bare participle whose noun is no actor gives nothing', () => {
  assert.deepEqual(typed('Saudi Arabia was condemned by Ali Khamenei.').map((e) => [e.type, e.source, e.targets[0]]), [['ACCUSE', 'Ali Khamenei', 'Saudi Arabia']]);
  assert.deepEqual(typed('Ali Khamenei spoke of the crimes of the regime, supported directly by Washington.').filter((e) => e.type === 'SUPPORT'), []);
});

test('negation is honoured for the other types too', () => {
  const [e] = typed('Ali Khamenei did not condemn Saudi Arabia.');
  assert.equal(e?.context, 'negated');
});

test('"X discussed a topic with Y" and "X and Y discussed" are talks; a place in the topic is not where they met', () => {
  const [e] = consults('Vladimir Putin discussed the crisis in Ukraine with Emmanuel Macron in Moscow on Monday.');
  assert.deepEqual(e.who, ['Emmanuel Macron', 'Vladimir Putin']);
  assert.equal(e.location, 'Moscow');
  assert.equal(e.date, '2019-07-22');
  const [f] = consults('Vladimir Putin and Emmanuel Macron discussed the war in Ukraine on Monday.');
  assert.deepEqual(f.who, ['Emmanuel Macron', 'Vladimir Putin']);
  assert.equal(f.location, null);
  // the purpose of a meeting told by another verb is not a second meeting
  assert.equal(consults('Ismail Haniyeh met Ali Khamenei in Tehran on Monday to discuss the truce.').length, 1);
  // one party alone, or a partner that is no actor, is no meeting
  assert.deepEqual(who('Sergei Lavrov discussed the nuclear deal with reporters in Moscow.'), []);
});

test('a date past the reporting clause after the trigger does not date the event', () => {
  const [e] = consults('Ismail Haniyeh and Ali Khamenei discussed an end to the war, Hamas said, referring to the invasion in 2001.');
  assert.notEqual(e.date, '2001');
});

test('a verb joined by "and" to an earlier one shares its subject: the actor between them is that verb’s object', () => {
  // the visit is the meeting held there (see the test of visits below)
  assert.deepEqual(who('Sergey Shoigu visited Pyongyang last month and held a meeting with Kim Jong Un.'), [['Kim Jong Un', 'Sergey Shoigu']]);
  assert.deepEqual(who('Pete Hegseth sat beside John Healey and held a separate meeting with Rustem Umerov.'), [['Pete Hegseth', 'Rustem Umerov']]);
  assert.deepEqual(who('Iran and Hamas held talks on Monday.'), [['Hamas', 'Iran']]);
});

test('demonyms joined before a group noun stand for their countries: "Russian and Ukrainian delegations met"', () => {
  assert.deepEqual(who('Russian and Ukrainian delegations met face-to-face in Istanbul on Monday. Russia and Ukraine agreed to swap prisoners.'), [['Russia', 'Ukraine']]);
  // one demonym alone often points back to a delegation already named: no new party
  assert.ok(!who('A Hamas delegation arrived. The Palestinian delegation met with Intelligence Minister Mahmoud Alavi on Friday. Palestine thanked Iran.').flat().includes('Palestine'));
});

test('"The Ukrainian team was led by X, while the Russian side was headed by Y": the leaders meet for their countries', () => {
  const text = 'Russian and Ukrainian delegations met face-to-face in Istanbul on Monday. The Ukrainian team was led by Rustem Umerov, while the Russian side was headed by presidential aide Vladimir Medinsky. Russia and Ukraine last met in Istanbul in June.';
  const got = who(text);
  assert.deepEqual(got[0], ['Rustem Umerov', 'Vladimir Medinsky']);
  // a meeting told after the leaders' sentence keeps its countries
  assert.deepEqual(got[1], ['Russia', 'Ukraine']);
});

test('"X and Y were present at the meeting": they join the meeting told before', () => {
  const got = who('Chinese President Xi Jinping met with Indian Prime Minister Narendra Modi in Johannesburg on Thursday. External Affairs Minister S. Jaishankar and Chinese Foreign Minister Wang Yi were present at the meeting.');
  assert.ok(got.some((w) => w.length === 4 && w.includes('Xi Jinping') && w.includes('Wang Yi')), JSON.stringify(got));
});

test('a country "represented by" its people, and a host or facilitator of "the talks", join the meeting told before', () => {
  const text = 'Senior officials from Ethiopia and Eritrea held talks in Nairobi on Wednesday. The Ethiopian delegation was led by Gedion Timothewos, while Eritrea was represented by Foreign Minister Osman Saleh and Yemane Gebreab. Former Nigerian President Olusegun Obasanjo facilitated the session.';
  const got = who(text);
  const all = got.find((w) => w.includes('Olusegun Obasanjo'));
  assert.deepEqual(all, ['Gedion Timothewos', 'Olusegun Obasanjo', 'Osman Saleh', 'Yemane Gebreab']);
  assert.ok(!got.flat().includes('Ethiopia') && !got.flat().includes('Eritrea'), JSON.stringify(got));
  const hosted = who('Russian and Ukrainian delegations met in Istanbul on Wednesday. Turkish Foreign Minister Hakan Fidan hosted the talks. Russia and Ukraine have fought since 2022.');
  assert.ok(hosted.some((w) => w.includes('Hakan Fidan') && w.includes('Russia') && w.includes('Ukraine')), JSON.stringify(hosted));
  // a host of something that is not a meeting stays no meeting
  assert.deepEqual(who('Ali Khamenei hosted a conference on Monday.'), []);
});

test('a meeting told by its countries is the meeting its people are told to hold', () => {
  const got = who('The military leaders of Mali, Burkina Faso and Niger met in Bamako on Wednesday for a summit. Mali’s transitional president, General Assimi Goïta, hosted Burkina Faso’s Captain Ibrahim Traoré and Niger’s General Abdourahamane Tiani at the palace.');
  assert.deepEqual(got, [['Abdourahamane Tiani', 'Assimi Goïta', 'Ibrahim Traoré']]);
});

test('a visit to a city told with the meeting the visitor held there is that meeting, not a meeting with the city', () => {
  const a = consults('The UN envoy Jean Arnault, who visited Bogota last week and met President Juan Manuel Santos, said the talks would resume.').filter((e) => e.context === 'actual');
  assert.deepEqual(a.map((e) => e.who), [['Jean Arnault', 'Juan Manuel Santos']]);
  assert.equal(a[0].location, 'Bogota');
  const b = consults('Foreign Minister Penny Wong visited Jakarta on Monday, where she met her counterpart Retno Marsudi.');
  assert.deepEqual(b.map((e) => e.who), [['Penny Wong', 'Retno Marsudi']]);
  assert.equal(b[0].location, 'Jakarta');
  // with no one named met there, the visit to the place stays
  assert.deepEqual(who('Foreign Minister Penny Wong visited Jakarta on Monday.'), [['Jakarta', 'Penny Wong']]);
  // the meeting told in the next sentence as held "there"
  const c = consults('Foreign Minister Penny Wong was on a visit to Jakarta when the storm hit. She met her counterpart Retno Marsudi there on Monday.');
  assert.deepEqual(c.map((e) => e.who), [['Penny Wong', 'Retno Marsudi']]);
  assert.equal(c[0].location, 'Jakarta');
  // without "there" after the meeting, the next sentence's meeting may be elsewhere: the visit stays
  const d = consults('Foreign Minister Penny Wong was on a visit to Jakarta when the storm hit. She later met her counterpart Retno Marsudi in Bali.');
  assert.equal(d.length, 2);
});

test('"looked forward to his visit" is a visit still to come', () => {
  const [e] = consults('Prime Minister Narendra Modi said he looked forward to his visit to Tianjin later this month.');
  assert.equal(e?.context, 'future');
  assert.deepEqual(who('Prime Minister Narendra Modi said he looked forward to his visit to Tianjin later this month.'), []);
});

test('"agree to start peace talks" are talks still to come', () => {
  assert.deepEqual(who('Trump and Putin agree to start Ukraine peace talks'), []);
  assert.deepEqual(who('The two leaders, Donald Trump and Vladimir Putin, agreed to open direct talks next month.'), []);
});

test('a meeting named in a fronted adjunct points back: the clause after it adds no parties', () => {
  const text = 'Sergey Shoigu visited Pyongyang last month and held a meeting with Kim Jong Un. During that trip, the Russian official said Moscow valued the support of Pyongyang.';
  assert.deepEqual(who(text), [['Kim Jong Un', 'Sergey Shoigu']]);
  // a meeting told in the clause itself still counts
  assert.deepEqual(who('After the summit, Emmanuel Macron met Olaf Scholz in Paris.'), [['Emmanuel Macron', 'Olaf Scholz']]);
});

test('"in European capitals" is no meeting place; "in the Iranian capital" is', () => {
  const [e] = consults('Whitaker said he had met Mark Rutte at the alliance’s headquarters in Brussels last week, and that the mood in European capitals had changed.');
  assert.equal(e.location, 'Brussels');
  assert.equal(consults('Ismail Haniyeh met Ali Khamenei in the Iranian capital on Monday.')[0].location, 'Iran');
});

test('"alongside X and Y" take part with the parties; "Z also attended" joins the meeting told before', () => {
  const text =
    'President Donald Trump spoke on Monday. Trump hosted Senate Minority Leader Chuck Schumer and House Minority Leader Hakeem Jeffries in the Oval Office, alongside Speaker Mike Johnson and Vice President JD Vance. Budget Director Russ Vought also attended, according to two people familiar with the meeting.';
  const all = who(text);
  assert.ok(all.some((w) => ['Chuck Schumer', 'Donald Trump', 'Hakeem Jeffries', 'JD Vance', 'Mike Johnson'].every((n) => w.includes(n))), JSON.stringify(all));
  assert.ok(all.some((w) => w.includes('Russ Vought') && w.includes('Donald Trump')), JSON.stringify(all));
  // attending a funeral is no meeting, and "was attended by" stays a third party's cue
  assert.deepEqual(who('Olaf Scholz attended the funeral of Pope Francis.'), []);
});

test('coordinated subjects past an apposition, "with X hosting", and "took part in the talks"', () => {
  assert.deepEqual(who("Ararat Mirzoyan and Azerbaijan's foreign minister, Jeyhun Bayramov, met on Friday."), [['Ararat Mirzoyan', 'Jeyhun Bayramov']]);
  assert.deepEqual(who('Ararat Mirzoyan and Jeyhun Bayramov met on Friday, with Swiss Foreign Minister Ignazio Cassis hosting the opening session.'), [['Ararat Mirzoyan', 'Ignazio Cassis', 'Jeyhun Bayramov']]);
  const all = who('Vladimir Putin held talks with Recep Tayyip Erdogan on Monday. Sergey Lavrov and Hakan Fidan also took part in the talks. Putin took a plane home.');
  assert.ok(all.some((w) => w.length === 4 && w.includes('Sergey Lavrov') && w.includes('Recep Tayyip Erdogan')), JSON.stringify(all));
  assert.ok(!all.some((w) => w.length === 1));
});

test('"X co-chaired a meeting of … with Y", and "Z, as well as W, attended the meeting"', () => {
  const text = 'Wang Yi on Wednesday co-chaired a ministerial meeting of coordinators of the Forum on China-Africa Cooperation (FOCAC) with Jean-Claude Gakosso in Changsha. Foreign ministers from 53 countries, as well as Mahmoud Ali Youssouf, chairperson of the African Union Commission, attended the meeting.';
  const all = who(text);
  assert.ok(all.some((w) => w.includes('Wang Yi') && w.includes('Jean-Claude Gakosso')), JSON.stringify(all));
  assert.ok(all.some((w) => w.includes('Mahmoud Ali Youssouf') && w.includes('Wang Yi')), JSON.stringify(all));
});

test('"X sat down with Y" is a meeting, "sat beside" is not; a dateline is never a party', () => {
  assert.deepEqual(who('Ilham Aliyev sat down with Nikol Pashinyan in Copenhagen on Monday. Pete Hegseth sat beside John Healey.'), [['Ilham Aliyev', 'Nikol Pashinyan']]);
  const text = 'Doha, Qatar – Qatari mediators held separate meetings with Hamas and Israeli negotiators on Tuesday.';
  const a = analyzeText(text, STAGES, { published: '2025-07-22', boilerplate: [{ start: 0, end: text.indexOf('–') + 1, kind: 'dateline', rule: 'test' }] });
  assert.ok(!a.events.some((e) => e.participants.some((p) => ['Doha', 'Qatar'].includes(nameOf(a, p) ?? ''))), JSON.stringify(a.events.map((e) => e.participants.map((p) => nameOf(a, p)))));
});

test('"the two leaders" are the two persons of the meeting or call just before, or named before them in the sentence', () => {
  const all = consults('Nikol Pashinyan and Ilham Aliyev spoke by telephone on Wednesday. The two leaders last met in person at the White House on Aug. 8, in the presence of U.S. President Donald Trump.');
  assert.deepEqual(all.filter((e) => e.mode !== 'phone').map((e) => e.who), [['Donald Trump', 'Ilham Aliyev', 'Nikol Pashinyan']]);
  const own = consults('President Lula spoke by telephone with French President Emmanuel Macron on Monday. President Lula travelled to Montevideo on March 1 for the inauguration of President Yamandú Orsi, and the two leaders held a private meeting that afternoon.')
    .filter((e) => e.mode !== 'phone')
    .map((e) => e.who);
  assert.ok(own.some((w) => w.includes('Yamandú Orsi') && w.includes('Lula')), JSON.stringify(own));
  assert.ok(!own.some((w) => w.includes('Emmanuel Macron')), JSON.stringify(own));
  // "the two sides" may be countries: no persons are taken for them
  assert.deepEqual(who('Keith Kellogg met Rustem Umerov on Monday. The two sides last met in Istanbul in June.'), [['Keith Kellogg', 'Rustem Umerov']]);
});

test('the sides\' members named right after a meeting take part in it', () => {
  const all = who("President Lula received President Yamandú Orsi on Tuesday. After a private meeting, the two presidents led an expanded meeting with ministers. Brazil's delegation included Foreign Minister Mauro Vieira and Celso Amorim. On the Uruguayan side were Foreign Minister Mario Lubetkin and Alejandro Sánchez.");
  assert.ok(all.some((w) => ['Lula', 'Yamandú Orsi', 'Mauro Vieira', 'Celso Amorim', 'Mario Lubetkin', 'Alejandro Sánchez'].every((n) => w.includes(n))), JSON.stringify(all));
  // a list in another paragraph, or with no side named, adds no one
  assert.deepEqual(who('Zarif met Haniyeh in Tehran on Monday.\nThe list included Ali Larijani and Hassan Rouhani.').map((w) => w.length), [2]);
});

test('"The meeting was attended by A; B; and C" takes the whole list; "X accompanied the Amir" joins the meeting', () => {
  const text = 'President Mohamed bin Zayed received Sheikh Tamim bin Hamad on Tuesday. The meeting was attended by Sheikh Mansour bin Zayed, Vice President; Sheikh Abdullah bin Zayed, Minister of Foreign Affairs; and Sheikh Tahnoun bin Zayed, National Security Adviser. On the Qatari side, Sheikh Mohammed bin Abdulrahman, Prime Minister, accompanied the Amir.';
  const all = who(text);
  const names = ['Mohamed bin Zayed', 'Tamim bin Hamad', 'Mansour bin Zayed', 'Abdullah bin Zayed', 'Tahnoun bin Zayed', 'Mohammed bin Abdulrahman'];
  for (const n of names) assert.ok(all.some((w) => w.includes(n) && w.includes('Tamim bin Hamad')), `${n}: ${JSON.stringify(all)}`);
  // accompanying with no meeting told before is no meeting
  assert.deepEqual(who('Sheikh Mohammed bin Abdulrahman accompanied the Amir on Tuesday.'), []);
});

test('"met with heads of delegations, including X and Y": the persons it includes take part', () => {
  assert.deepEqual(who('On Tuesday, Vice President Han Zheng met with heads of African delegations attending the meeting, including Jean-Claude Gakosso and Mahmoud Ali Youssouf, in Changsha.'), [['Han Zheng', 'Jean-Claude Gakosso', 'Mahmoud Ali Youssouf']]);
});

test('a relative clause right before the verb is no part of its subject: "X and Y, whose country co-chairs FOCAC, held talks"', () => {
  assert.deepEqual(who('Xi Jinping and President Denis Sassou Nguesso of the Republic of the Congo, whose country co-chairs FOCAC, held talks in Beijing last September.'), [['Denis Sassou Nguesso', 'Xi Jinping']]);
});

test('"X told the meeting that…": whoever addresses the meeting told before takes part in it', () => {
  const all = who("Wang Yi co-chaired a meeting with Jean-Claude Gakosso on Wednesday. Ronald Lamola, South Africa's minister, told the meeting that Africa should speak with one voice.");
  assert.ok(all.some((w) => w.includes('Ronald Lamola') && w.includes('Wang Yi')), JSON.stringify(all));
});

test('"X called on President Y" is a courtesy call; "called on Y to act" is a request, not a meeting', () => {
  assert.deepEqual(who('On Tuesday, the visiting Kenyan foreign minister Musalia Mudavadi called on President Samia Suluhu Hassan at State House.'), [['Musalia Mudavadi', 'Samia Suluhu Hassan']]);
  assert.deepEqual(who('Musalia Mudavadi called on President Samia Suluhu Hassan to reopen the border.'), []);
  assert.deepEqual(who('Musalia Mudavadi called on William Ruto on Monday to release the funds.'), []);
  // a country asked to act is no meeting either
  assert.deepEqual(who('Musalia Mudavadi called on Tanzania to reopen the border.'), []);
  const a = run('Musalia Mudavadi called on Samia Suluhu Hassan to reopen the border.');
  assert.deepEqual(a.events.map((e) => e.type), ['REQUEST']);
});

test('"X and Y separately called on Z", "Z met separately with X and Y": one meeting each, X and Y did not meet', () => {
  assert.deepEqual(who('Earlier on Saturday, Ishaq Dar and Hakan Fidan had separately called on Sheikh Tamim bin Hamad Al Thani, who urged both sides to talk.').sort(), [['Hakan Fidan', 'Tamim bin Hamad Al Thani'], ['Ishaq Dar', 'Tamim bin Hamad Al Thani']]);
  assert.deepEqual(who('Antony Blinken met separately with Benjamin Netanyahu and Yoav Gallant in Jerusalem on Monday.').sort(), [['Antony Blinken', 'Benjamin Netanyahu'], ['Antony Blinken', 'Yoav Gallant']]);
  // without the adverb, the three met together
  assert.deepEqual(who('Antony Blinken met with Benjamin Netanyahu and Yoav Gallant in Jerusalem on Monday.'), [['Antony Blinken', 'Benjamin Netanyahu', 'Yoav Gallant']]);
});

test('"The talks, which began on Saturday, were hosted by X and attended by Y": past a relative clause, every cue joined by "and"', () => {
  const text = 'Ishaq Dar held talks with Hakan Fidan in Doha on Saturday. The talks, which began in the afternoon and ran past midnight, were hosted by the Qatari minister Mohammed Al-Khulaifi, and attended by Egyptian intelligence chief Hassan Rashad.';
  const all = who(text);
  assert.ok(all.some((w) => ['Ishaq Dar', 'Hakan Fidan', 'Mohammed Al-Khulaifi', 'Hassan Rashad'].every((n) => w.includes(n))), JSON.stringify(all));
  // a cue far from the meeting noun, not joined to one near it, adds no one
  const far = who('Ishaq Dar held talks with Hakan Fidan in Doha on Saturday. The talks ended past midnight after a long day of disputes over the border and the refugees, as a ceasefire was announced by Hassan Rashad.');
  assert.ok(!far.some((w) => w.includes('Hassan Rashad')), JSON.stringify(far));
});

test('"The Pakistani delegation was led by A and included B": the members a side\'s sentence names take part with its leader', () => {
  const text = 'Pakistan and Afghanistan held talks in Doha on Saturday.\nThe Pakistani delegation was led by Defence Minister Khawaja Asif and included Lt Gen Asim Malik. The Afghan side was headed by Mullah Yaqoob Mujahid, and included Abdul Haq Wasiq.';
  const all = who(text);
  assert.ok(all.some((w) => ['Khawaja Asif', 'Asim Malik', 'Yaqoob Mujahid', 'Abdul Haq Wasiq'].every((n) => w.includes(n))), JSON.stringify(all));
});

test('"met … with the panel of co-facilitators led by X", "X was joined at the table by Y and Z", "W opened the session": all take part', () => {
  const text = 'Thérèse Kayikwamba Wagner and Olivier Nduhungirehe met for five hours at the Kenyatta International Convention Centre with the panel of co-facilitators led by former President Uhuru Kenyatta. Mr Kenyatta was joined at the table by Hailemariam Desalegn, the former Ethiopian Prime Minister, and Catherine Samba-Panza.\nMusalia Mudavadi opened the session on behalf of the government.';
  const all = who(text, '2025-11-06');
  const met = all.find((w) => w.includes('Thérèse Kayikwamba Wagner'));
  for (const n of ['Olivier Nduhungirehe', 'Uhuru Kenyatta', 'Hailemariam Desalegn', 'Catherine Samba-Panza']) assert.ok(met?.includes(n), `${n}: ${JSON.stringify(all)}`);
  assert.ok(all.some((w) => w.includes('Musalia Mudavadi') && w.includes('Olivier Nduhungirehe')), JSON.stringify(all));
  // no meeting before: opening a session or being joined by someone is no meeting of its own
  assert.deepEqual(who('Musalia Mudavadi opened the session on behalf of the government. He was joined by Uhuru Kenyatta.'), []);
  // a group after "with" that is led by no one adds no one
  assert.deepEqual(who('Thérèse Kayikwamba Wagner met Olivier Nduhungirehe in Nairobi with the panel of mediators present.'), [['Olivier Nduhungirehe', 'Thérèse Kayikwamba Wagner']]);
});

test('"sat down at Matignon with Y", "had lunch with Y" are meetings; "met X and Y separately" is one meeting each', () => {
  assert.deepEqual(who('Last Friday, Sébastien Lecornu sat down at Matignon with Sophie Binet and Marylise Léon.', '2025-09-17'), [['Marylise Léon', 'Sophie Binet', 'Sébastien Lecornu']]);
  assert.deepEqual(who('Sébastien Lecornu sat down after the vote.', '2025-09-17'), []);
  assert.deepEqual(who('Sébastien Lecornu had lunch with Emmanuel Macron at the Élysée Palace on Monday.', '2025-09-17'), [['Emmanuel Macron', 'Sébastien Lecornu']]);
  assert.deepEqual(who('Josep Borrell met Aleksandar Vučić and Albin Kurti separately in Brussels.').sort(), [['Albin Kurti', 'Josep Borrell'], ['Aleksandar Vučić', 'Josep Borrell']]);
});

test('"a delegation led by its first secretary, X", "The meeting, which also included Y,", "received X, who …, and Y": all the persons take part', () => {
  const text = 'On Wednesday, Sébastien Lecornu received a Socialist Party delegation led by its first secretary, Olivier Faure, at the Hôtel de Matignon. The meeting, which also included Boris Vallaud, lasted nearly three hours.';
  const all = who(text, '2025-09-17');
  assert.ok(all.some((w) => ['Sébastien Lecornu', 'Olivier Faure', 'Boris Vallaud'].every((n) => w.includes(n))), JSON.stringify(all));
  assert.ok(!all.some((w) => w.includes('Socialist Party')), JSON.stringify(all));
  assert.deepEqual(who('On Tuesday, Sébastien Lecornu received Marine Le Pen, who leads the National Rally (RN, far right) deputies, and the party\'s president, Jordan Bardella.', '2025-09-17'), [['Jordan Bardella', 'Marine Le Pen', 'Sébastien Lecornu']]);
  // a relative clause with no "and" after it ends the object: its actors do not take part
  assert.deepEqual(who('Sébastien Lecornu received Marine Le Pen, who had met Emmanuel Macron in May.', '2025-09-17').filter((w) => w.includes('Sébastien Lecornu')), [['Marine Le Pen', 'Sébastien Lecornu']]);
});

test('"huddled with", "mapped out the strategy with Y over dinner", and a bracket after a name inside a list of partners', () => {
  assert.deepEqual(who("Last Thursday, Chuck Schumer and Hakeem Jeffries huddled in Schumer's Capitol office with Susan Collins (R-Maine) and Sen. Patty Murray (D-Wash.), the panel's top Democrat.", '2025-09-30'), [['Chuck Schumer', 'Hakeem Jeffries', 'Patty Murray', 'Susan Collins']]);
  assert.deepEqual(who('John Thune and Mike Johnson had mapped out the stopgap strategy with Donald Trump over dinner at the White House on Sept. 16.', '2025-09-30'), [['Donald Trump', 'John Thune', 'Mike Johnson']]);
  // a meal with no one met over it is no meeting
  assert.deepEqual(who('Donald Trump spoke about the economy over dinner at the White House.', '2025-09-30'), []);
  assert.deepEqual(who('Donald Trump served turkey for dinner with the troops.', '2025-09-30'), []);
});

test('"was ready to continue hosting direct negotiations between X and Y": an offer four words before the trigger is not a meeting held', () => {
  const e = consults('Recep Tayyip Erdogan said Ankara was ready to continue hosting direct negotiations between Russia and Ukraine.', '2025-09-01');
  assert.ok(e.length > 0 && e.every((x) => x.context === 'hypothetical'), JSON.stringify(e));
});

test('"Earlier in the day, X was received by Y": the day of the last dated meeting, however far back', () => {
  const text = 'Luiz Inácio Lula da Silva received Yamandú Orsi at the Planalto Palace on Tuesday.\nThe two presidents signed nine agreements on trade, energy and defence.\nOrsi praised the agreements.\nThe ministers will meet again in March 2026.\nEarlier in the day, Orsi was received by Vice President Geraldo Alckmin at the Itamaraty Palace.';
  const e = consults(text, '2025-12-03').find((x) => x.who.includes('Geraldo Alckmin'));
  assert.equal(e?.date, '2025-12-02');
});

test('a date told after a meeting, before the next one in its paragraph, moves the time on: "In March 2023 they met … Six months later, … X met Y"', () => {
  const text = 'In Ohrid in March 2023, Aleksandar Vučić and Albin Kurti sat down together with Josep Borrell. Six months later, the two leaders were invited to Brussels again. Borrell met Vučić there.';
  const e = consults(text, '2025-10-01').filter((x) => x.who.length === 2 && x.who.includes('Josep Borrell') && x.who.includes('Aleksandar Vučić'));
  assert.ok(e.some((x) => x.date === '2023-09'), JSON.stringify(consults(text, '2025-10-01')));
  // with no new date between them, the later meeting keeps the earlier one's date
  const same = consults('In Ohrid in March 2023, Aleksandar Vučić and Albin Kurti sat down together with Josep Borrell. Borrell later met Vučić alone.', '2025-10-01');
  assert.ok(same.every((x) => x.date === '2023-03'), JSON.stringify(same));
});
