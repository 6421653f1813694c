// Name particles, given names, and capitalised words that are never actors: data only.

/**
 * Particles that join the parts of a personal or place name: Arabic articles and kinship
 * words (al-, bin, Abu), and European ones (de, van, von). Lower case.
 */
export const NAME_PARTICLES = new Set([
  'al', 'el', 'ad', 'ar', 'as', 'an', 'at', 'az', 'ash', 'adh', 'ath', 'ud', 'ul', 'ud-', 'bin', 'ibn', 'ben', 'bint', 'bent', 'abu', 'abou', 'umm', 'um',
  'abd', 'abdel', 'abdul', 'abdol', 'ould', 'de', 'da', 'di', 'do', 'dos', 'das', 'du', 'del', 'della', 'der', 'den', 'la', 'le', 'van', 'von',
  'ter', 'ten', 'mac', 'bar', 'y', 'zu', 'st', 'st.', 'san', 'santa', 'las', 'los', 'les', 'des',
  // the Persian and Urdu ezafe and Arabic "ut"/"ur" between hyphens: "Tehreek-i-Taliban", "Lashkar-e-Taiba", "Hizb-ut-Tahrir"
  'i', 'e', 'ut', 'ur',
]);

/** Particles that may also start a name written in lower case in running text ("al-Zahar", "bin Salman"). */
export const LOWER_PARTICLES = new Set(['al', 'el', 'bin', 'ibn', 'bint', 'abu', 'de', 'da', 'di', 'dos', 'du', 'del', 'der', 'van', 'von']);

/**
 * Particles that are also English words ("as", "an", "at", "la"): part of a name only when a
 * hyphen binds them to it ("as-Sisi", "ad-Din").
 */
export const HYPHEN_ONLY_PARTICLES = new Set(['i', 'e', 'ut', 'ur', 'ad', 'ar', 'as', 'an', 'at', 'az', 'ash', 'adh', 'ath', 'ud', 'ul', 'la', 'le', 'do', 'y', 'st', 'st.', 'san', 'santa', 'mac', 'bar', 'ter', 'ten', 'zu', 'ben', 'um', 'umm', 'ould', 'das', 'della', 'den', 'bent', 'abd', 'abdel', 'abdul', 'abdol', 'abou']);

/**
 * Common given names across the languages of international news (Arabic, Persian, Turkish,
 * Urdu, Hebrew, English, European, African, Asian). A capitalised run that starts with one is
 * a person's name unless its other words say otherwise. Lower case, ASCII-folded.
 */
export const GIVEN_NAMES = new Set(`
ali mohammed mohammad muhammad mohamed muhammed mahmoud mahmud ahmed ahmad ahmet hassan hasan hussein husain hossein hussain husam hosam
omar umar osama usama ismail ismael esmail khaled khalid khalil saleh salah saleh salih saeed said sayed saad sami samir samer yousef youssef
yusuf yousuf yusef ibrahim ebrahim abraham moussa musa mousa mustafa mostafa moustafa kamal kemal jamal gamal nabil nasser naser nasr ziyad
ziad zaid zayed zeid fadi fahd faisal feisal fawzi hamid hamad hamed hamdi haider haidar hadi mahdi mehdi majid masoud massoud mohsen mohsin
morteza mortaza mojtaba javad jawad reza ebrahim ibrahim abbas akbar ayman aymen ehsan hashem hashim hisham jafar jaafar karim kareem marwan
mazen mazin munir nizar qassem qasem qasim ghassan rami raed riad riyad rashid rasheed said sultan tariq tarek tareq walid waleed wael yahya
yasser yasir yaser zakaria zakariya anwar ashraf atef ayoub azzam bassam bashar bashir bilal emad imad essam issam fathi fouad fuad ghazi
haitham hamza hani hazem ihab iyad jihad kamel maher mamdouh mounir nabih nadim naim nawaf osman othman qais qays raed ramzi sabri sadiq
sadegh salim saleem samih shadi shaker suleiman sulaiman soleiman talal tamer tawfiq taysir wasim yasin yassin younes yunus zuhair
abdullah abdallah abdulaziz abdulrahman abdelaziz abdelkader abdel abdul
amir hossein mohammadreza alireza hamidreza gholamreza mahmoud qassem esmaeil ismail ebrahim hassan kamal ali-akbar akbar mohsen mohammad-javad
hassan ruhollah morteza parviz bijan dariush darius kourosh cyrus farhad fereydoun hamid jalal kazem mansour naser
nader nima omid payam ramin saeid shahram shahab siamak vahid yadollah
recep tayyip mevlut mevlüt hakan hulusi fahrettin berat binali ekrem kemal devlet suleyman süleyman ismet necmettin ahmet mehmet mustafa
murat emre burak cem can deniz erdal ozgur özgür selahattin
nawaz imran shehbaz shahbaz asif pervez parvez benazir zulfikar bilawal maryam khurshid tariq manmohan narendra rahul sonia atal lal
amit rajnath sushma jaishankar natwar subrahmanyam
benjamin benny yair naftali isaac yitzhak moshe avigdor ehud ariel shimon golda gideon itamar bezalel yoav gilad danny dan ron
joe joseph donald barack george bill william hillary hilary john james robert michael david richard thomas charles christopher daniel
matthew anthony antony mark paul steven stephen andrew kenneth joshua kevin brian edward ronald timothy jason jeffrey ryan jacob gary
nicholas eric jonathan larry justin scott brandon frank gregory raymond samuel patrick alexander jack dennis jerry tyler aaron jose
henry adam douglas nathan peter zachary kyle walter harold jeremy ethan carl keith roger gerald christian terry sean arthur austin
noah lawrence jesse joe bryan billy bruce albert willie gabriel logan alan juan wayne roy ralph randy eugene vincent russell elijah
louis bobby philip johnny mike mitch chuck nancy kamala mike marco lindsey ted rand kevin lloyd antony jake condoleezza colin madeleine
mary patricia jennifer linda elizabeth barbara susan jessica sarah karen lisa nancy betty margaret sandra ashley kimberly emily donna
michelle carol amanda dorothy melissa deborah stephanie rebecca sharon laura cynthia kathleen amy angela shirley anna brenda pamela
emma nicole helen samantha katherine christine debra rachel carolyn janet catherine maria heather diane ruth julie olivia joyce virginia
victoria kelly lauren christina joan evelyn judith megan andrea cheryl hannah jacqueline martha gloria teresa ann sara madison frances
kathryn janice jean abigail alice judy sophia grace denise amber doris marilyn danielle beverly isabella theresa diana natalie brittany
charlotte marie kayla alexis lori ursula angela theresa jacinda liz rishi keir boris theresa gordon tony margaret david
emmanuel francois françois nicolas jacques charles marine jean-yves jean-luc jean-marc laurent olaf angela gerhard helmut frank-walter annalena
vladimir dmitry dmitri sergei sergey alexei alexey mikhail boris nikolai yevgeny igor viktor volodymyr petro yulia oleksandr andriy
xi jinping li keqiang wang yi hu jintao kim jong-un jong un jong-il il-sung moon jae-in yoon suk-yeol shinzo fumio yoshihide
mwai raila uhuru william kofi nelson jacob cyril thabo robert emmerson paul abiy yoweri salva riek idriss muammar moammar omar
bashar hafez maher asma nouri nuri haider mustafa adil adel muqtada qais hadi falih abu-mahdi masrour nechirvan massoud jalal barham
hassan naim michel saad najib nabih fuad tammam rafik rafic emile
mahmoud yasser marwan ismail khaled musa moussa yahya saleh jibril ziad ahmad
tamim hamad khalifa mohammed salman abdulaziz abdullah faisal turki bandar zayed khalifa mansour sabah nawaf mishal meshal mishaal
sisi abdel-fattah hosni anwar gamal mohamed muhammad morsi mursi
ashraf hamid zalmay zabihullah abdul gulbuddin haibatullah sirajuddin mullah akhtar atta amrullah
nicolas hugo evo lula dilma jair cristina javier gustavo andres andrés manuel felipe alberto luis carlos jorge miguel pedro fernando
raul raúl fidel ernesto daniel rafael juan pablo diego sebastian sebastián gabriel
`.split(/\s+/).filter(Boolean));

/**
 * Capitalised words that are never actors: weekdays, months, religions and their adherents,
 * ideologies, and common words that open sentences or headlines.
 */
export const NOT_ACTORS = new Set(`
monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun
january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec
spring summer autumn fall winter today yesterday tomorrow tonight
islam islamic muslim muslims moslem christianity christian christians catholic catholics protestant orthodox judaism jewish jew jews
hindu hindus hinduism buddhist buddhism sikh shia shiite shiites shi'ite shi'a sunni sunnis sunnite alawite alawites druze wahhabi salafi
salafist sufi zionism zionist zionists islamism islamist islamists jihadism jihadist jihadists communism communist communists socialism
socialist socialists fascism fascist fascists nazism nazi nazis marxism marxist liberalism liberal conservatism conservative nationalism
nationalist nationalists democracy democrat republicanism terrorism terrorist terrorists antisemitism anti-semitism semitism
god allah lord prophet quran koran bible torah ramadan eid hajj christmas easter passover yom kippur hanukkah nowruz ashura
intifada nakba holocaust jihad resistance revolution arab arabs western westerners eastern northern southern 
internet covid covid-19 coronavirus
the a an this that these those it its he she they we i you his her their our my your
but and or nor so yet for if when while after before during since until as although though because however meanwhile moreover also
in on at by with from to of into onto upon over under about against between among through throughout across along around
according earlier later last next first second third one two three four five six seven eight nine ten
there here where what which who whom whose why how all both each every some any many most more several few other another such
no not nor never yes please thanks thank
breaking update exclusive analysis opinion editorial comment interview video photo photos watch read listen live related advertisement
mr mrs ms dr sir tv pm am gdp ceo vip ok hq id
`.split(/\s+/).filter(Boolean));

/** Words that make a capitalised name an event, operation or document rather than an actor. */
export const NON_ACTOR_HEADS = new Set(['operation', 'battle', 'war', 'treaty', 'accord', 'accords', 'agreement', 'deal', 'conference', 'summit', 'forum', 'day', 'week', 'prize', 'award', 'cup', 'games', 'olympics', 'constitution', 'charter', 'resolution', 'plan', 'initiative', 'protocol', 'declaration', 'act', 'law', 'doctrine', 'strategy', 'uprising', 'revolution', 'intifada', 'spring', 'crisis', 'election', 'elections', 'talks', 'process', 'century']);
