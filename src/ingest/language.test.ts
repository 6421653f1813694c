import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectLanguage, languageName, toLanguage } from './language.js';

test('English news is English', () => {
  const t = 'Iranian Foreign Minister Mohammad Javad Zarif met the emir of Qatar in Doha on Sunday, the Qatari foreign ministry said in a statement. The two men discussed regional security.';
  assert.deepEqual(detectLanguage(t), { code: 'en', name: 'English' });
});

test('Arabic and Persian are told apart and mapped to ISO 639-1', () => {
  assert.equal(detectLanguage('قال المتحدث باسم حركة حماس إن الوفد وصل إلى طهران يوم الأحد لإجراء محادثات مع المسؤولين الإيرانيين حول التطورات في المنطقة')?.code, 'ar');
  assert.equal(detectLanguage('رهبر انقلاب اسلامی در دیدار هیئت حماس گفت که مقاومت پیروز خواهد شد و رژیم صهیونیستی رو به زوال است')?.code, 'fa');
});

test('French is French', () => {
  assert.equal(detectLanguage("Le ministre iranien des Affaires étrangères a rencontré dimanche l'émir du Qatar à Doha, a indiqué le ministère qatari dans un communiqué publié dans la soirée.")?.code, 'fr');
});

test('too little text to tell gives null rather than a guess', () => {
  assert.equal(detectLanguage('Zarif in Doha.'), null);
  assert.equal(detectLanguage('12 34 --'), null);
});

test('codes map to names', () => {
  assert.deepEqual(toLanguage('pes'), { code: 'fa', name: 'Persian' });
  assert.equal(languageName('ar'), 'Arabic');
  assert.equal(languageName('xx'), 'xx');
});
