// Words that tell a person's gender in English news: honorifics and gendered titles before a name
// or in a role, and given names borne (almost) only by women. Data only; the referents resolver
// uses it so that "she" is never a man the text calls "Mr" or "Sir", nor "he" a woman.

/** Honorifics and titles before a name, lower case, by gender. */
export const MALE_WORDS = new Set([
  'mr', 'mr.', 'sir', 'lord', 'king', 'prince', 'crown prince', 'emir', 'sultan', 'monsieur', 'm.', 'herr', 'señor', 'senor', 'signor',
  'father', 'brother', 'chairman', 'spokesman', 'congressman', 'councilman', 'businessman', 'statesman', 'alderman', 'assemblyman',
  'grand duke', 'duke', 'earl', 'baron', 'count', 'archduke', 'pope', 'ayatollah', 'rabbi', 'imam', 'mullah', 'patriarch', 'cardinal', 'bishop',
  'husband', 'son', 'nephew', 'uncle', 'grandson', 'widower', 'boyfriend', 'man', 'kingpin',
]);
export const FEMALE_WORDS = new Set([
  'mrs', 'mrs.', 'ms', 'ms.', 'miss', 'madam', 'madame', 'mme', 'mme.', 'dame', 'lady', 'queen', 'princess', 'crown princess', 'sultana', 'sheikha',
  'frau', 'señora', 'senora', 'signora', 'sister', 'mother', 'chairwoman', 'spokeswoman', 'congresswoman', 'councilwoman', 'businesswoman',
  'stateswoman', 'assemblywoman', 'duchess', 'countess', 'baroness', 'empress', 'first lady', 'wife', 'daughter', 'niece', 'aunt',
  'granddaughter', 'widow', 'girlfriend', 'woman', 'actress', 'begum', 'sayyida',
]);

/**
 * Given names borne almost only by women, across the languages of world news (lower case, without
 * accents). Names given to men too in some language (Andrea, Jean, Hilary, Kim, Nour) are left out.
 */
export const FEMALE_GIVEN_NAMES = new Set(`
mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa margaret betty sandra ashley dorothy kimberly
emily donna michelle amanda melissa deborah stephanie rebecca laura sharon cynthia kathleen amy shirley angela helen anna brenda
pamela nicole samantha katherine catherine emma ruth christine debra rachel carolyn janet virginia maria heather diane julie joyce
victoria kelly christina joan lauren judith olivia martha cheryl megan hannah jacqueline ann anne alice kathryn gloria teresa
theresa sara janice doris julia grace judy beverly denise marilyn amber danielle abigail brittany rose diana natalie sophia sophie
lori kayla jane claire naomi hillary kamala nikki condoleezza madeleine ursula kaja mette sanna giorgia marine segolene annalena
ilse federica roberta jacinda liz penny kristi tulsi marjorie elise susie priti suella kemi yvette liz elisabeth elisabetta isabelle
isabel isabella valerie valentina tatiana tatyana natalia natalya olga elena yelena ekaterina yekaterina irina iryna ludmila
lyudmila oksana viktoria viktoriya olena yulia yuliya svetlana marta beata agnieszka ewa zuzana maia salome nino tamar golda tzipi
ayelet miri orit merav gila idit shiri fatima fatma aisha ayesha maryam mariam zainab zaynab khadija leila layla noura hanan huda
amal rania lina dina samira yasmin yasmine salma hana reem asma hind zahra masoumeh shirin nasrin farah benazir malala hina sherry
hasina khaleda tansu meral aysenur sevim yingluck megawati geun-hye sanae yuriko yoko keiko akiko tomomi seiko indira sonia priyanka
nirmala sushma smriti mamata mayawati droupadi pratibha meira ngozi ellen amina samia sahle-work nkosazana naledi thandi graca
winnie joyce claudia cristina dilma xiomara gabriela delcy carmen ana lucia paula veronica beatriz raquel marisol guadalupe ximena
alejandra fernanda daniela mariana caoimhe siobhan niamh aoife roisin mairead brid saoirse emer orla michelle nadia nadine tanya
tania ines agnes astrid ingrid birgit ulrike angelika annegret katarina kristina kristin karin magdalena margrethe helle ebba ulla
annika sigrid solveig liv heidi hilde petra renate sabine silke martina monika simone sylvie chantal nathalie brigitte agnes cecile
edith genevieve francoise helene manon aurore rachida najat myriam anne-marie marie marie-claire ana-maria ioana corina viorica maia
zoe chloe charlotte amelia ava mia harper ella lily scarlett aria penelope layla nora camila eleanor hazel aurora violet stella lucy
audrey skylar kamila ewelina dorota katarzyna malgorzata anita hanna elzbieta irena jolanta teresa urszula zofia
`.split(/\s+/).filter(Boolean));
