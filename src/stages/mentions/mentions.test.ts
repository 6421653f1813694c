import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segment } from '../segment/index.js';
import { mentions } from './index.js';
import { analyzeText } from '../../testing/docs.js';

const names = (text: string) => analyzeText(text, [segment, mentions]).names;
const find = (text: string, name: string) => names(text).find((n) => n.text === name);

test('name particles join a name: al-, bin, Abu, ad-Din', () => {
  const text = 'Sheikh Tamim bin Hamad Al Thani met Moussa Abu Marzouk and Mahmoud al-Zahar near the Izz ad-Din al-Qassam Brigades office.';
  const got = names(text).map((n) => n.text);
  assert.ok(got.includes('Tamim bin Hamad Al Thani'), got.join('|'));
  assert.ok(got.includes('Moussa Abu Marzouk'), got.join('|'));
  assert.ok(got.includes('Mahmoud al-Zahar'), got.join('|'));
  assert.ok(got.includes('Izz ad-Din al-Qassam Brigades'), got.join('|'));
});

test('titles stay out of names and are kept as titles', () => {
  const text = 'Iranian Foreign Minister Mohammed Zarif met Supreme Leader Ayatollah Ali Khamenei and Dr. Kamal Kharazi.';
  const zarif = find(text, 'Mohammed Zarif');
  assert.ok(zarif, names(text).map((n) => n.text).join('|'));
  assert.equal(zarif.type, 'person');
  assert.equal(zarif.titles[0]?.text, 'Foreign Minister');
  assert.equal(find(text, 'Ali Khamenei')?.titles[0]?.text, 'Supreme Leader Ayatollah');
  assert.equal(find(text, 'Kamal Kharazi')?.type, 'person');
  assert.ok(!names(text).some((n) => /Minister|Ayatollah|Dr/.test(n.text)));
});

test('an organization inside a title phrase is a name of its own', () => {
  const text = "Iran's Supreme National Security Council President Ali Shamkhani spoke.";
  const got = names(text);
  assert.equal(got.find((n) => n.text === 'Supreme National Security Council')?.type, 'organization');
  assert.equal(got.find((n) => n.text === 'Ali Shamkhani')?.type, 'person');
  assert.equal(got.find((n) => n.text === 'Iran')?.possessive, true);
});

test('acronyms and their expansions are tied together', () => {
  const text = "A senior delegation from Palestine's Islamic Resistance Movement (Hamas) held talks, the Islamic Republic News Agency (IRNA) said.";
  const irm = find(text, 'Islamic Resistance Movement');
  assert.equal(irm?.alias?.text, 'Hamas');
  assert.equal(irm?.type, 'organization');
  assert.equal(find(text, 'Islamic Republic News Agency')?.alias?.text, 'IRNA');
});

test('demonyms are tied to their place and are not names', () => {
  const a = analyzeText('The Qatari emir received Turkish officials and Iranian diplomats.', [segment, mentions]);
  assert.deepEqual(a.demonyms.map((d) => [d.text, d.place]), [['Qatari', 'Qatar'], ['Turkish', 'Turkey'], ['Iranian', 'Iran']]);
  assert.equal(a.names.length, 0);
});

test('places, organizations and agencies are typed from gazetteers and head words', () => {
  const text = 'Officials of the Badr Organization met in Baghdad, the Fars news agency said, and later flew to the Gaza Strip.';
  assert.equal(find(text, 'Badr Organization')?.type, 'organization');
  assert.equal(find(text, 'Baghdad')?.type, 'place');
  assert.equal(find(text, 'Fars')?.type, 'organization');
  assert.equal(find(text, 'Gaza Strip')?.type, 'place');
});

test('two names side by side are split: a place before a person', () => {
  const got = names('Hamas representative in Iran Khaled al-Qaddumi met him.').map((n) => n.text);
  assert.ok(got.includes('Iran') && got.includes('Khaled al-Qaddumi'), got.join('|'));
});

test('Turkish letters do not break names', () => {
  assert.equal(find('Recep Tayyip Erdoğan met Ibrahim Kalın in Ankara.', 'Recep Tayyip Erdoğan')?.type, 'person');
});

test('a lower-case word that completes a known place joins the name', () => {
  const got = names('Drills on the Korean peninsula and in the Gaza strip went on.').map((n) => [n.text, n.type]);
  assert.deepEqual(got.filter(([, t]) => t === 'place'), [['Korean peninsula', 'place'], ['Gaza strip', 'place']]);
});

test('names inside credit and caption ranges are not mentions; a dateline place is', () => {
  const text = 'Pyongyang, March 14 (KCNA) -- The U.S. is spouting rubbish.';
  const k = text.indexOf('(KCNA)');
  const got = analyzeText(text, [segment, mentions], {
    boilerplate: [
      { start: 0, end: k + 9, kind: 'dateline', rule: 'test' },
      { start: k, end: k + 6, kind: 'credit', rule: 'test' },
    ],
  }).names.map((n) => n.text);
  assert.ok(got.includes('Pyongyang') && got.includes('U.S.'), got.join('|'));
  assert.ok(!got.includes('KCNA'), got.join('|'));
});

test('a month after a given name is a surname, and names that person alone where no date can be meant', () => {
  const text =
    'British Prime Minister Theresa May met Chancellor Angela Merkel on Tuesday. May said the talks went well.\n' +
    'In May, the two will meet again. Merkel said May 2019 would be decisive.';
  const got = names(text).map((n) => n.text);
  assert.ok(got.includes('Theresa May'), got.join('|'));
  assert.equal(got.filter((n) => n === 'May').length, 1, got.join('|'));
  const lone = names(text).find((n) => n.text === 'May');
  assert.ok(lone);
  assert.equal(text.slice(lone.start, lone.end + 5), "May said");
  // with no "<given name> May" in the article, a month stays a month
  const months = names('May was a hard month. In March Iran said talks would resume.').map((n) => n.text);
  assert.ok(!months.includes('May') && !months.includes('March'), months.join('|'));
});

test('a capitalised modifier and an organization head make an organization: "the Future Movement"', () => {
  const got = names('The Future Movement’s Saad Hariri met the National Council in Beirut.');
  assert.equal(got.find((n) => n.text === 'Future Movement')?.type, 'organization', got.map((n) => n.text).join('|'));
  assert.equal(got.find((n) => n.text === 'National Council')?.type, 'organization', got.map((n) => n.text).join('|'));
  // a title and an organization head alone are still not a name
  assert.ok(!got.some((n) => /Deputy/.test(n.text)));
  assert.ok(!names('The Deputy Chairman spoke.').some((n) => n.text.includes('Deputy')));
});

test('"the X of Y" is one name, and so is a place noun with its "of"; two-word demonyms are demonyms', () => {
  const got = (t: string) => names(t).map((n) => `${n.text}:${n.type}`);
  assert.ok(got('Troops clashed along the Line of Actual Control on Monday.').includes('Line of Actual Control:place'));
  assert.ok(got('Iran threatened to close the Strait of Hormuz.').includes('Strait of Hormuz:place'));
  assert.ok(got('The Bank of England raised rates.').includes('Bank of England:organization'));
  const text = 'South African President Cyril Ramaphosa met North Korean envoys.';
  assert.deepEqual(analyzeText(text, [segment, mentions]).demonyms.map((d) => [d.text, d.place]), [['South African', 'South Africa'], ['North Korean', 'North Korea']]);
  assert.ok(!names(text).some((n) => n.text === 'South' || n.text === 'North'));
});

test('a collective noun’s possessive inside an organization name keeps the name whole', () => {
  const got = names('Tigray People’s Liberation Front spokesperson Getachew Reda met Kurdistan Workers’ Party officials. Iran’s Supreme National Security Council met.');
  const texts = got.map((n) => n.text);
  assert.equal(got.find((n) => n.text === 'Tigray People’s Liberation Front')?.type, 'organization', texts.join('|'));
  assert.ok(texts.includes('Kurdistan Workers’ Party'), texts.join('|'));
  // a country's possessive is an owner, not part of the name
  assert.ok(texts.includes('Supreme National Security Council') && texts.includes('Iran'), texts.join('|'));
});

test('a run of English words alone is not typed a person: "Comprehensive Strategic Partnership", "Foal Eagle"', () => {
  const got = names('They signed the Comprehensive Strategic Partnership and held the Foal Eagle drills. Tom Fletcher and Kholood Khair spoke.');
  assert.equal(got.find((n) => n.text === 'Comprehensive Strategic Partnership')?.type ?? null, null);
  assert.equal(got.find((n) => n.text === 'Foal Eagle')?.type ?? null, null);
  assert.equal(got.find((n) => n.text === 'Tom Fletcher')?.type, 'person');
  assert.equal(got.find((n) => n.text === 'Kholood Khair')?.type, 'person');
});

test('degrees after a name are not its alias; two particles and lower-case hyphen halves stay in a name; plural demonyms are demonyms', () => {
  const a = analyzeText('Abiy Ahmed (PhD) met Gedion Timothewos (PhD). Ursula von der Leyen met President Lee Jae-myung. Venezuelans and Saudis marched. Iran-backed groups and the Islamic Resistance Movement (Hamas) spoke.', [segment, mentions]);
  const texts = a.names.map((n) => n.text);
  assert.ok(a.names.every((n) => n.alias?.text !== 'PhD'), texts.join('|'));
  assert.equal(a.names.find((n) => n.text === 'Islamic Resistance Movement')?.alias?.text, 'Hamas');
  assert.ok(texts.includes('Ursula von der Leyen'), texts.join('|'));
  assert.ok(texts.includes('Lee Jae-myung'), texts.join('|'));
  assert.ok(!texts.includes('Iran-backed'), texts.join('|'));
  assert.ok(!texts.includes('Venezuelans') && !texts.includes('Saudis'), texts.join('|'));
  assert.deepEqual(a.demonyms.filter((d) => d.text.endsWith('s')).map((d) => d.place), ['Venezuela', 'Saudi Arabia']);
});

test('"and" inside an organization name joins it when an organization head ends it; two names joined by "and" stay two', () => {
  const got = (t: string) => names(t).map((n) => n.text);
  assert.ok(got('Rustem Umerov, secretary of the National Security and Defence Council, spoke.').includes('National Security and Defence Council'));
  const two = got('Iran and Hamas Political Bureau officials met, as did Hamas and Islamic Jihad Movement fighters.');
  assert.ok(two.includes('Iran') && two.includes('Hamas Political Bureau'), two.join('|'));
  assert.ok(two.includes('Islamic Jihad Movement'), two.join('|'));
});

test('place words first or last, media nouns before a name, and styles of address type names', () => {
  const got = (t: string) => Object.fromEntries(names(t).map((n) => [n.text, n.type]));
  const places = got('They met at Qasr Al Shati, on Capitol Hill and in Lok Kalyan Marg near Mount Sinjar.');
  for (const p of ['Qasr Al Shati', 'Capitol Hill', 'Lok Kalyan Marg', 'Mount Sinjar']) assert.equal(places[p], 'place', p);
  const media = got('He told the newspaper O Globo that the state broadcaster EBC lied.');
  assert.equal(media['O Globo'], 'organization');
  assert.equal(media['EBC'], 'organization');
  const styled = names('President His Highness Sheikh Mohamed bin Zayed Al Nahyan spoke.').map((n) => n.text);
  assert.ok(!styled.includes('Highness'), styled.join('|'));
  assert.ok(styled.includes('Mohamed bin Zayed Al Nahyan'), styled.join('|'));
});

test('an English word alone at a sentence start is a name only when the article capitalises it inside a sentence too', () => {
  const got = names('Delegations from both sides arrived. Donald Trump spoke. Trump said talks went well. Hamas said it agreed. Africans marched.').map((n) => n.text);
  assert.ok(!got.includes('Delegations') && !got.includes('Africans'), got.join('|'));
  assert.ok(got.includes('Trump') && got.includes('Hamas'), got.join('|'));
});

test('"and" joins an organization name, not two titled persons: "Senate Minority Leader Chuck Schumer and House Minority Leader Hakeem Jeffries"', () => {
  const texts = (t: string) => analyzeText(t, [segment, mentions]).names.map((n) => n.text);
  const got = texts('Trump hosted Senate Minority Leader Chuck Schumer and House Minority Leader Hakeem Jeffries.');
  assert.ok(got.includes('Chuck Schumer') && got.includes('Hakeem Jeffries'), got.join('|'));
  assert.ok(texts('The National Security and Defence Council met.').includes('National Security and Defence Council'));
  // a title before an "of" belongs to the person, not to the organization's name
  assert.ok(texts('Hong Liang, Director-General of the Boundary and Ocean Affairs Department, spoke.').some((n) => n.startsWith('Boundary and Ocean Affairs Department')));
});

test('a demonym of a continent opens an organization name: "the European Court of Human Rights"', () => {
  const got = analyzeText('The government challenged the law at the European Court of Human Rights.', [segment, mentions]).names.map((n) => n.text);
  assert.ok(got.includes('European Court of Human Rights'), got.join('|'));
});

test('"wrote on X" names the platform; any other lone capital is an initial', () => {
  const got = analyzeText('Tom Fletcher said on X that convoys were ready. Plan X was shelved, J. Smith said.', [segment, mentions]).names.map((n) => `${n.text}/${n.type}`);
  assert.ok(got.includes('X/organization'), got.join('|'));
  assert.equal(got.filter((n) => n.startsWith('X/')).length, 1, got.join('|'));
  assert.ok(!got.some((n) => n.startsWith('J/')), got.join('|'));
});

test('a party named in its own language is an organization: "Frente Amplio", "Les Républicains"', () => {
  const got = analyzeText('Bruno Retailleau of Les Républicains and the Frente Amplio spoke. Marine Le Pen agreed.', [segment, mentions]).names.map((n) => `${n.text}/${n.type}`);
  assert.ok(got.includes('Les Républicains/organization'), got.join('|'));
  assert.ok(got.includes('Frente Amplio/organization'), got.join('|'));
  assert.ok(got.includes('Marine Le Pen/person'), got.join('|'));
});

test('a season after a foreign given name is a surname: "Yassine Fall", not "the Arab Spring"', () => {
  const got = analyzeText('Senegal Foreign Minister Yassine Fall met Wang Yi. The Arab Spring ended in the fall of 2012.', [segment, mentions]).names.map((n) => n.text);
  assert.ok(got.includes('Yassine Fall'), got.join('|'));
  assert.ok(!got.some((n) => /Spring|fall/.test(n)), got.join('|'));
});

test('a nickname in quotes stays inside the name; a Portuguese "do" joins names no English word opens', () => {
  const got = analyzeText('Former president José "Pepe" Mujica died. Leaders met in Santana do Livramento. Why do Americans care?', [segment, mentions]).names.map((n) => n.text);
  assert.ok(got.includes('José "Pepe" Mujica'), got.join('|'));
  assert.ok(got.includes('Santana do Livramento'), got.join('|'));
  assert.ok(!got.some((n) => n.includes(' do Americans')), got.join('|'));
});

test('"and" inside the "of"/"for" phrase of an organization joins its name; not before a known name', () => {
  const got = analyzeText('Experts at the Institute of China and Contemporary Asia and the Office for Kosovo and Metohija spoke. The Ministry of Defence and Hamas met. The Catholic University of Bolivia agreed.', [segment, mentions]).names.map((n) => n.text);
  assert.ok(got.includes('Institute of China and Contemporary Asia'), got.join('|'));
  assert.ok(got.includes('Office for Kosovo and Metohija'), got.join('|'));
  assert.ok(got.includes('Ministry of Defence') && got.includes('Hamas'), got.join('|'));
  assert.ok(got.includes('Catholic University of Bolivia'), got.join('|'));
});

test('the ezafe between hyphens joins a name, which is an organization: "Tehreek-i-Taliban Pakistan", "Lashkar-e-Taiba"', () => {
  const got = analyzeText('Islamabad blames the banned Tehreek-i-Taliban Pakistan. Lashkar-e-Taiba was named.', [segment, mentions]).names.map((n) => `${n.text}/${n.type}`);
  assert.ok(got.includes('Tehreek-i-Taliban Pakistan/organization'), got.join('|'));
  assert.ok(got.includes('Lashkar-e-Taiba/organization'), got.join('|'));
});

test('a title word that is also a given name opens the name after another title ("Foreign Minister Amir Khan Muttaqi"), not before an honorific ("Amir Sheikh Tamim")', () => {
  const a = analyzeText("Afghanistan's Foreign Minister Amir Khan Muttaqi met Qatari Amir Sheikh Tamim bin Hamad and Minister Sultan Al Jaber. The Amir spoke.", [segment, mentions]);
  const names = a.names.map((n) => n.text);
  assert.ok(names.includes('Amir Khan Muttaqi'), JSON.stringify(names));
  assert.ok(names.includes('Tamim bin Hamad'), JSON.stringify(names));
  assert.ok(names.includes('Sultan Al Jaber'), JSON.stringify(names));
  assert.ok(!names.includes('Amir'), JSON.stringify(names));
});
