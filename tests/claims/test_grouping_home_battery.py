"""A battery of paraphrases of one situation's questions - foreign troops sent to fight in another
country's war: are they there, how many, where, do they fight, their losses, more of them, prisoners,
training, when they go to the front - as wire agencies, think tanks, officials and Telegram channels
would word them (written for this test, not taken from any corpus): other verbs and nouns, passive
voice, hedges, a number placed elsewhere, a second fact after the first in one sentence (the first is
the claim), in English, Russian and Ukrainian; and a few claims of other wars' foreign fighters
(mercenaries in Sudan, a private army in Mali) so that the rules are about the questions, not one war.
Labels follow the shared corpus's guideline (PROPOSITIONS.md); each proposition's claims must share one
key that no other proposition's claim has."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from claims.propositions.grouping import ClaimFacts
from tests.claims.test_grouping_battery import Said
from tests.support.grouping_battery import keys_of, labels


@dataclass(frozen=True)
class In(Said):
    """A claim of a named war (its topic)."""

    war: str = "war"

    def facts(self) -> ClaimFacts:
        return ClaimFacts(self.text, self.stance, (self.war,), self.places, self.units, self.day)


MEN, DEAD, HURT, POWS = ("soldiers",), ("killed",), ("killed_or_wounded",), ("prisoners",)
KURSK = (("Kursk", "region"),)
RUSSIA = (("Russia", "country"),)
SUDAN, MALI = "sudan", "mali"

BATTERY = (
    # Are they there, and how many (rule 3: totals, denials and non-answers in one series).
    In("sent", "Pyongyang has dispatched roughly 12,000 troops to Russia, Seoul's spy agency said.",
       units=MEN, places=RUSSIA),
    In("sent", "Some 11,000 North Korean soldiers are believed to be in Russia.", units=MEN),
    In("sent", "The Pentagon confirmed the dispatch of North Korean troops to Russia.", "confirms"),
    In("sent", "North Korea's foreign ministry called reports of a troop deployment groundless rumours.",
       "denies"),
    In("sent", "The Kremlin spokesman had nothing to say about North Korean soldiers in Russia.",
       "does_not_deny"),
    In("sent", "Pyongyang admitted for the first time that it had sent its army to help Russia.",
       "confirms"),
    In("sent", "Up to 15,000 North Korean personnel could eventually be sent to Russia.", units=MEN),
    In("sent", "North Korea is involved in Russia's war against Ukraine, NATO's chief said."),
    In("sent", "Seoul puts the North Korean presence in Russia at about 12,000 men.", units=MEN),
    In("sent", "Putin did not deny that North Korean troops were in Russia.", "does_not_deny"),
    In("sent", "North Korea has sent 12,000 troops to Russia, some of whom have since been killed.",
       units=MEN),
    In("sent", "North Korean soldiers have been spotted in Russia for the first time, a think tank says."),
    In("sent", "Satellite images show North Korean servicemen gathering at a port in Russia."),
    In("sent", "КНДР перебросила в Россию около 10 тысяч военных.", units=MEN),
    In("sent", "Численность северокорейского контингента в России оценивается в 11-12 тысяч человек.",
       units=MEN),
    In("sent", "Пхеньян направил свои войска на помощь России, признало ЦТАК.", "confirms"),
    In("sent", "В Кремле назвали сообщения о северокорейских солдатах в России фейком.", "denies"),
    In("sent", "Пхеньян направив до Росії понад 10 тисяч солдатів.", units=MEN),
    In("sent", "У Росії перебувають близько 11 тисяч північнокорейських військових.", units=MEN),
    In("sent", "КНДР відправила своїх військових воювати за Росію.", units=()),
    # Where: one region (rule 4: the most specific place wins; a headcount there is its series).
    In("kursk", "North Korean soldiers have been deployed to Russia's Kursk region.", places=KURSK),
    In("kursk", "About 11,000 North Korean troops are now in the Kursk area.", units=MEN, places=KURSK),
    In("kursk", "Up to 8,000 North Koreans have arrived in the Kursk region, Kyiv says.", units=MEN,
       places=KURSK),
    In("kursk", "Most of the North Korean contingent has been moved to the Kursk border region.",
       places=KURSK),
    In("kursk", "Peskov declined to comment on reports of North Korean units in the Kursk region.",
       "does_not_deny", places=KURSK),
    In("kursk", "The North Koreans were sent to Russia and then on to the Kursk region.", places=KURSK),
    In("kursk", "The North Korean troops are concentrated in the Kursk region, near the border.",
       places=KURSK),
    In("kursk", "Северокорейские военные переброшены в Курскую область.", places=KURSK),
    In("kursk", "В Курской области находятся около 11 тысяч солдат КНДР.", units=MEN, places=KURSK),
    In("kursk", "Північнокорейські війська розгорнуто на Курщині.", places=KURSK),
    In("kursk", "До Курської області прибули близько 7 тисяч військових КНДР.", units=MEN, places=KURSK),
    In("kursk", "Pyongyang has stationed about 10,000 soldiers in the Kursk region.", units=MEN,
       places=KURSK),
    # Do they fight (rule 8), wherever they fight.
    In("combat", "North Korean troops have engaged Ukrainian forces for the first time."),
    In("combat", "North Korean soldiers are fighting alongside Russian troops in Kursk.", places=KURSK),
    In("combat", "Ukrainian units first clashed with North Korean soldiers on Monday."),
    In("combat", "The Pentagon has not confirmed that North Korean troops have entered combat."),
    In("combat", "North Korean infantry are being used in assaults on Ukrainian positions."),
    In("combat", "North Korean troops have been pulled from the front after heavy losses."),
    In("combat", "North Korean units have returned to the front line, Ukraine's army says."),
    In("combat", "North Korean soldiers advance in large groups across open fields."),
    In("combat", "North Korea's troops took part in the liberation of the Kursk region, Moscow said.",
       places=KURSK),
    In("combat", "North Korean troops have not been seen on the battlefield for weeks."),
    In("combat", "North Korean soldiers are taking part in hostilities against Ukraine."),
    In("combat", "Pyongyang's soldiers helped Russia drive Ukrainian forces out of the Kursk region.",
       places=KURSK),
    In("combat", "North Korean soldiers have been thrown into battle in the Kursk region.", places=KURSK),
    In("combat", "North Korean troops are fighting in the Kursk region, most of them in small groups.",
       places=KURSK),
    In("combat", "North Korean units attacked Ukrainian positions near Sudzha on Tuesday."),
    In("combat", "Северокорейские военные принимают участие в боевых действиях."),
    In("combat", "Бойцы КНДР штурмуют позиции ВСУ в Курской области.", places=KURSK),
    In("combat", "Корейцы идут в атаку без поддержки бронетехники."),
    In("combat", "Северокорейские солдаты наступают небольшими группами."),
    In("combat", "Північнокорейські військові беруть участь у бойових діях на Курщині.", places=KURSK),
    In("combat", "Солдати КНДР вперше вступили в бій із ЗСУ."),
    In("combat", "Війська КНДР відійшли з передових позицій після великих втрат."),
    # Their losses (rule 3), reasons for them (rule 9) and non-answers.
    In("losses", "North Korea has lost some 4,000 soldiers killed and wounded.", units=HURT),
    In("losses", "Around 1,000 North Korean troops have been killed, according to Seoul.", units=DEAD),
    In("losses", "North Korean forces are suffering heavy casualties."),
    In("losses", "Seoul's intelligence service estimates North Korean casualties at 3,000.", units=HURT),
    In("losses", "The Kremlin refused to discuss North Korean losses.", "does_not_deny"),
    In("losses", "The high casualty rate is blamed on the North Koreans' inexperience with drones."),
    In("losses", "Dozens of North Korean soldiers were wiped out in a single day, Zelensky said."),
    In("losses", "The North Korean death toll has climbed to 600, a lawmaker said.", units=DEAD),
    In("losses", "About 300 North Korean soldiers have died and 2,700 were wounded.",
       units=("killed", "wounded")),
    In("losses", "Потери КНДР составили около 4 тысяч человек убитыми и ранеными.", units=HURT),
    In("losses", "Северокорейские подразделения несут тяжёлые потери.",),
    In("losses", "Втрати КНДР у Курській області сягнули 4 тисяч вбитими та пораненими.", units=HURT,
       places=KURSK),
    In("losses", "Загинули щонайменше 300 північнокорейських військових, ще 2700 поранені.",
       units=("killed", "wounded")),
    # More of them (rule 6).
    In("more", "Pyongyang is preparing to send a further 3,000 troops to Russia.", units=MEN),
    In("more", "A fresh contingent of North Korean soldiers has reportedly arrived in Russia."),
    In("more", "North Korea may dispatch additional forces, including artillery units."),
    In("more", "There are no signs yet of a second North Korean deployment, Seoul said.", "does_not_deny"),
    In("more", "Seoul expects North Korea to send more soldiers, possibly 5,000.", units=MEN),
    In("more", "North Korea has sent reinforcements to Russia, a Ukrainian general said."),
    In("more", "КНДР отправит в Россию ещё несколько тысяч военных."),
    In("more", "Пхеньян готує відправку додаткових 3 тисяч військових.", units=MEN),
    # Prisoners and what they said (rule 10).
    In("captured", "Ukrainian troops took two North Korean soldiers captive in Kursk.", units=POWS,
       places=KURSK),
    In("captured", "Two wounded North Koreans were captured by Ukrainian special forces.", units=POWS),
    In("captured", "Zelensky offered to hand over the captured North Koreans in exchange for Ukrainians."),
    In("captured", "One of the North Korean prisoners said he had been told he was going to training."),
    In("captured", "ВСУ взяли в плен двух северокорейских солдат.", units=POWS),
    In("captured", "Українські військові захопили в полон двох солдатів КНДР.", units=POWS),
    In("captured", "Kyiv is ready to swap the two North Korean POWs.", units=POWS),
    # Where and how they are trained (rule 5).
    In("trained", "North Korean troops are undergoing training at ranges in Russia's Far East."),
    In("trained", "Russian instructors are teaching the North Koreans to use drones and artillery."),
    In("trained", "North Korean soldiers have been drilled in assault tactics at a base in Primorye."),
    In("trained", "Северокорейских военных обучают на полигонах в Приморье."),
    In("trained", "Військових КНДР навчають на полігонах на Далекому Сході Росії."),
    # When they go to the front (rule 6).
    In("forecast", "North Korean troops are expected to go into battle within days."),
    In("forecast", "The North Korean units could soon be thrown into combat, Ukrainian officials warn."),
    In("forecast", "Ожидается, что северокорейские военные вскоре вступят в бой."),
    In("forecast", "Очікується, що північнокорейські солдати найближчим часом вирушать на фронт."),
    # More wordings of the same questions.
    In("sent", "North Korea has provided Russia with some 11,000 soldiers, the Pentagon estimates.",
       units=MEN),
    In("sent", "Russia is using North Korean manpower in its war against Ukraine."),
    In("sent", "Kim Jong Un's regime has become a direct party to the war by sending troops."),
    In("sent", "Пхеньян отправил в Россию 12 тысяч военных, часть из которых уже погибла.", units=MEN),
    In("sent", "Москва не стала комментировать сообщения о военных КНДР в России.", "does_not_deny"),
    In("sent", "Присутність північнокорейських військових у Росії підтвердили в НАТО.", "confirms"),
    In("kursk", "The first North Korean units reached the Kursk region on 23 October.", places=KURSK),
    In("kursk", "North Korean troops have been integrated into Russian brigades in the Kursk region.",
       places=KURSK),
    In("kursk", "На Курском направлении замечены северокорейские военные.", places=KURSK),
    In("kursk", "Близько 11 тисяч північнокорейських солдатів дислокуються в Курській області.", units=MEN,
       places=KURSK),
    In("combat", "Russia is using North Korean soldiers as cannon fodder."),
    In("combat", "North Korean soldiers no longer take part in the fighting, Kyiv says."),
    In("combat", "North Korean troops are thrown into so-called meat assaults."),
    In("combat", "Северокорейские военные больше не участвуют в боях."),
    In("combat", "Росія використовує північнокорейців як гарматне м'ясо."),
    In("combat", "Війська КНДР діють у складі російських штурмових підрозділів."),
    In("combat", "North Korean soldiers are advancing across open fields in the Kursk region.", places=KURSK),
    In("losses", "Seoul said about 1,100 North Koreans had been killed or wounded.", units=HURT),
    In("losses", "North Korean troops sustained significant losses in drone strikes."),
    In("losses", "Разведка: в боях погибли не менее 100 военных КНДР.", units=DEAD),
    In("losses", "Корейские бойцы несут потери от дронов."),
    In("losses", "Кількість загиблих солдатів КНДР перевищила тисячу.", units=DEAD),
    In("more", "Pyongyang is planning a rotation of its troops in Russia."),
    In("more", "КНДР направит в Россию дополнительный контингент."),
    In("more", "North Korea could send thousands more soldiers to Russia next year.", units=MEN),
    In("more", "Пхеньян може відправити до Росії ще кілька тисяч солдатів."),
    In("captured", "Ukraine took North Korean soldiers prisoner for the first time."),
    In("captured", "ЗСУ вперше взяли в полон військових КНДР."),
    In("captured", "The captured North Korean soldier said he wants to stay in Ukraine."),
    In("trained", "North Korean soldiers are being taught basic Russian military commands."),
    In("trained", "North Korean troops trained for several weeks at Russian military bases."),
    In("forecast", "The US expects the North Korean soldiers to join the fight soon.", units=MEN),
    In("forecast", "Северокорейские военные в ближайшее время могут быть брошены в бой."),
    # Numbers placed elsewhere, with words of another question beside them.
    In("sent", "Of the 12,000 North Korean soldiers sent to Russia, most are now fighting.", units=MEN),
    In("sent", "North Korea sent 11,000 troops to help Russia retake the Kursk region.", units=MEN,
       places=KURSK),
    In("sent", "Some 10,000 North Korean troops, trained and armed by Russia, are in the country.",
       units=MEN),
    In("sent", "Пхеньян отправил в Россию около 11 тысяч военных для участия в боях.", units=MEN),
    In("sent", "Понад 10 тисяч військових КНДР відправлено до Росії для участі у війні.", units=MEN),
    In("kursk", "Some 11,000 North Korean soldiers have been sent to the Kursk region to fight.", units=MEN,
       places=KURSK),
    In("kursk", "Около 8 тысяч северокорейских военных переброшены в Курскую область для боевых действий.",
       units=MEN, places=KURSK),
    In("combat", "About 3,000 North Korean soldiers are fighting on the front line.", units=MEN),
    In("sent", "Up to 5,000 North Korean troops have taken part in the assaults.", units=MEN),
    In("combat", "Около 3 тысяч северокорейских солдат воюют на передовой.", units=MEN),
    In("losses", "Of about 11,000 North Korean soldiers, some 4,000 have been killed or wounded.",
       units=("soldiers", "killed_or_wounded")),
    In("losses", "North Korea has lost nearly a third of the 11,000 troops it sent.", units=MEN),
    In("losses", "North Korean troops in the Kursk region have suffered 3,000 casualties.", units=HURT,
       places=KURSK),
    In("losses", "В Курской области погибли около 300 военных КНДР, ещё 2700 ранены.",
       units=("killed", "wounded"), places=KURSK),
    In("trained", "About 3,000 North Korean soldiers are training at five bases in eastern Russia.",
       units=MEN),
    In("more", "Pyongyang is preparing to send another 3,000 soldiers to the Kursk region.", units=MEN,
       places=KURSK),
    # Long wire-style sentences: who said it first, hedges and asides.
    In("sent", "Ukraine's military intelligence said on Telegram that the first North Korean soldiers had "
       "already crossed into Russia by train.", units=()),
    In("sent", "A senior US defence official, speaking on condition of anonymity, told reporters that "
       "Washington now believed North Korea had moved roughly 10,000 soldiers into Russia.", units=MEN),
    In("kursk", "According to South Korea's spy agency, which briefed lawmakers behind closed doors, "
       "the North Korean troops have been deployed to the Kursk region.", places=KURSK),
    In("combat", "Speaking at a press conference in Kyiv, Zelensky said North Korean units had joined "
       "Russian assaults in the Kursk region.", places=KURSK),
    In("losses", "The North Korean forces, which Kyiv says number about 11,000, have suffered heavy "
       "losses, the Ukrainian army said."),
    In("losses", "Як повідомив речник ГУР, під час боїв на Курщині загинули близько 200 військових КНДР.",
       units=DEAD, places=KURSK),
    In("combat", "По словам источника в Минобороны, северокорейские подразделения с начала декабря "
       "участвуют в штурмах вместе с российскими морпехами."),
    In("captured", "South Korea's spy agency confirmed on Sunday that Ukraine had captured two North "
       "Korean soldiers, one of whom was badly wounded.", "confirms", units=POWS),
    In("more", "Seoul's intelligence service said on Monday it believes North Korea is preparing a "
       "second dispatch of troops to Russia.", "asserts"),
    # In the words of analysts' summaries: a second clause after a semicolon, the source in brackets.
    In("kursk", "North Korean troops have moved into the Kursk region; some have begun taking part in "
       "combat (Ukrainian intelligence).", places=KURSK),
    In("kursk", "Most of the roughly 11,000 North Korean troops sent to Russia are now deployed in Kursk "
       "(NIS briefing to lawmakers).", units=MEN, places=KURSK),
    In("combat", "Russia has been sending North Korean troops on assaults without armour or artillery."),
    In("combat", "North Korean troops resumed assaults after a two-week pause (Ukrainian special forces)."),
    In("losses", "North Korean losses are high because the troops are unfamiliar with drones; Russian "
       "commanders use them as cannon fodder."),
    In("losses", "Ukraine's defence intelligence estimates North Korean losses at about 4,000 killed and "
       "wounded, a third of the contingent.", units=HURT),
    In("sent", "Pyongyang is believed to have provided about 11,000 soldiers, along with millions of "
       "artillery shells, to Moscow.", units=MEN),
    In("sent", "Kim Jong Un ordered the deployment of troops to Russia, KCNA reported in April."),
    In("trained", "Around 3,000 North Korean soldiers are undergoing training in the Russian Far East, at "
       "ranges near Ussuriysk.", units=MEN),
    In("more", "North Korea has sent a second group of soldiers; they are being trained in Russia."),
    In("more", "Пхеньян отправил в Россию вторую группу военных."),
    In("captured", "Ukraine is holding two North Korean prisoners of war and wants to exchange them."),
    In("forecast", "North Korean soldiers could be used in an offensive in the south soon, Kyiv warns."),
    In("forecast", "Північнокорейські війська можуть бути кинуті в наступ на півдні."),
    # Troops named by their nationality or force, a war joined, units cut down, men taken alive.
    In("sent", "About 11,000 North Koreans are now in Russia, the Pentagon said.", units=MEN),
    In("sent", "Около 11 тысяч северокорейцев находятся в России.", units=MEN),
    In("sent", "Понад 10 тисяч північнокорейців перебувають у Росії.", units=MEN),
    In("sent", "The North Korean expeditionary force numbers about 11,000.", units=MEN),
    In("sent", "North Korea is now a co-belligerent in Russia's war."),
    In("sent", "North Korea has joined Russia's war against Ukraine, Seoul said."),
    In("sent", "КНДР фактически вступила в войну на стороне России."),
    In("sent", "Північна Корея стала учасницею війни Росії проти України."),
    In("combat", "The North Koreans suffered their first defeat near the village of Plekhovo."),
    In("losses", "North Korean units have been decimated."),
    In("captured", "Two North Koreans were taken alive by Ukrainian soldiers.", units=POWS),
    In("sudan-sent", "Colombian mercenaries have joined the war in Sudan on the side of the RSF.", war=SUDAN),
    In("mali-combat", "Wagner suffered a heavy defeat near the Algerian border.", war=MALI),
    # Where combat and the deployment meet (rule 8).
    In("combat", "North Korean soldiers were sent into battle without proper equipment."),
    In("combat", "North Korean troops are operating in the combat zone alongside Russian paratroopers."),
    In("combat", "North Korean troops are poorly adapted to drone warfare."),
    In("combat", "North Korean soldiers are being used to storm Ukrainian trenches."),
    In("combat", "North Korean units are participating in the Kursk operation.", places=KURSK),
    In("combat", "Pyongyang's troops are spearheading Russian attacks in the Kursk region.", places=KURSK),
    In("combat", "Северокорейские войска выведены с линии фронта."),
    In("combat", "Військові КНДР задіяні у штурмах на Курщині.", places=KURSK),
    In("sent", "North Korean troops serve in Russian units under Russian command."),
    In("sent", "North Korean military involvement in the war marks a dangerous escalation."),
    In("sent", "Участие КНДР в войне подтвердили в Москве.", "confirms"),
    In("sent", "Пхеньян визнав участь своїх військ у війні проти України.", "confirms"),
    In("losses", "Ukraine says North Korea lost an entire battalion near Sudzha."),
    In("captured", "Північнокорейські полонені хочуть залишитися в Україні."),
    In("more", "North Korea will dispatch another 3,000 troops, on top of the 11,000 already in Russia.",
       units=MEN),
    In("sudan-combat", "The mercenaries are being used to storm army positions in Darfur.", war=SUDAN),
    # Ground lost is fighting, not losses of men; a fight to the death counts no dead.
    In("combat", "North Korean units lost ground near Sudzha after a Ukrainian counterattack."),
    In("combat", "North Korean troops lost several positions near the village."),
    In("combat", "Russian and North Korean forces have lost the initiative in the area."),
    In("combat", "Росіяни та північнокорейці втратили позиції біля Суджі."),
    In("combat", "Северокорейские подразделения потеряли позиции под Суджей."),
    In("combat", "North Korean soldiers fight to the death rather than retreat."),
    In("sudan-combat", "The mercenaries lost control of the town after two days of shelling.", war=SUDAN),
    In("mali-combat", "Wagner and Malian troops lost positions near the Algerian border.", war=MALI),
    # Generic training beside a sending (rule 5): the purpose or the stage before, not the question.
    In("kursk", "North Korean troops finished their training and were moved to the Kursk region.",
       places=KURSK),
    In("kursk", "Північнокорейські військові пройшли навчання і були перекинуті на Курщину.", places=KURSK),
    In("kursk", "North Korean troops, trained by Russian instructors, are now in the Kursk region.",
       places=KURSK),
    In("sent", "North Korean soldiers have been sent to Russia for training."),
    In("sent", "North Korea sent troops to Russia under the guise of training."),
    In("combat", "North Korean troops, having completed training, have now entered combat."),
    In("trained", "North Korean troops are being trained by Russian instructors."),
    In("sudan-sent", "Hundreds of Colombians were sent to Sudan, officially for training.", war=SUDAN),
    # Denials and non-answers in Russian and Ukrainian; soldiers' slang for the dead.
    In("losses", "Песков отказался комментировать потери КНДР.", "does_not_deny"),
    In("combat", "В Пентагоне не могут подтвердить, что военные КНДР воюют против ВСУ.", "does_not_deny"),
    In("combat", "Отправленные в Курскую область северокорейцы начали штурмовать позиции ВСУ.",
       places=KURSK),
    In("losses", "У корейцев много двухсотых и трехсотых.",),
    In("kursk", "У Кремлі не коментують інформацію про військових КНДР на Курщині.", "does_not_deny",
       places=KURSK),
    In("forecast", "Військові КНДР можуть незабаром з'явитися на фронті."),
    # Sizes and idioms.
    In("sent", "An 11,000-strong North Korean contingent is in Russia.", units=MEN),
    In("sent", "Seoul believes Pyongyang has committed around 11,000 troops to Russia's war effort.",
       units=MEN),
    In("sent", "North Korean boots on the ground in Russia mark a turning point, NATO said."),
    In("sent", "Estimates of the North Korean force range from 10,000 to 12,000.", units=MEN),
    In("kursk", "North Korean forces have taken up positions in the Kursk region.", places=KURSK),
    In("kursk", "Around 11,000 North Korean soldiers are massing in the Kursk region.", units=MEN,
       places=KURSK),
    In("losses", "North Korea's toll in the war has passed 1,000 dead.", units=DEAD),
    In("more", "Pyongyang has begun rotating its troops in Russia."),
    In("mali-more", "Russia is rotating its mercenaries in Mali.", war=MALI),
    # What happens to their dead, and their own wounded shot (rule 10).
    In("dead-bodies", "Russian troops burn the bodies of dead North Korean soldiers to hide losses."),
    In("dead-bodies", "Российские военные сжигают тела погибших северокорейцев."),
    In("dead-bodies", "The remains of North Korean soldiers have been cremated and sent home."),
    In("own-shot", "North Korean soldiers have been ordered to shoot wounded comrades."),
    In("own-shot", "Северокорейские офицеры добивают своих раненых."),
    In("own-shot", "Північнокорейські військові стріляють у своїх поранених, щоб ті не потрапили в полон."),
    # Documents they carry (rule 10).
    In("documents", "The North Koreans carry Russian military IDs with fake names."),
    In("documents", "Северокорейских солдат снабжают российскими документами, выданными в Туве."),
    In("documents", "North Korean soldiers are disguised as Buryats."),
    In("documents", "Russian commanders are passing them off as soldiers from Buryatia."),
    In("documents", "Северокорейцев выдают за бурятов."),
    In("documents", "Північнокорейців видають за якутів."),
    In("sudan-cover", "The Colombians entered Sudan posing as security guards.", war=SUDAN),
    # Another war: foreign fighters in Sudan.
    In("sudan-sent", "About 300 Colombian mercenaries have been flown to Sudan.", units=MEN, war=SUDAN),
    In("sudan-sent", "Colombia confirmed that its former soldiers are in Sudan.", "confirms", war=SUDAN),
    In("sudan-sent", "В Судан переброшены сотни наемников из Колумбии.", war=SUDAN),
    In("sudan-combat", "The Colombian fighters took part in the assault on El Fasher.", war=SUDAN),
    In("sudan-combat", "Foreign mercenaries are fighting on the side of the paramilitaries.", war=SUDAN),
    In("sudan-dead", "At least 20 Colombian mercenaries have been killed in Sudan.", units=DEAD, war=SUDAN),
    In("sudan-dead", "Колумбійські найманці зазнали втрат у Судані.", war=SUDAN),
    # Another war: a private army in Mali.
    In("mali-sent", "Wagner has deployed around 1,000 fighters to Mali.", units=MEN, war=MALI),
    In("mali-sent", "Бамако отрицает присутствие наемников «Вагнера» в Мали.", "denies", war=MALI),
    In("mali-sent", "The junta denied that Russian mercenaries were operating in the country.", "denies",
       war=MALI),
    In("mali-combat", "Wagner fighters fought alongside Malian troops near the Algerian border.", war=MALI),
    In("mali-combat", "Russian mercenaries and Malian soldiers pushed the rebels out of Kidal.", war=MALI),
    In("mali-dead", "Dozens of Wagner fighters were killed in the desert near the border.", war=MALI),
    In("mali-dead", "Вагнеровцы понесли большие потери на севере Мали.", war=MALI),
    In("mali-more", "Russia is sending more mercenaries to Mali to replace the dead.", war=MALI),
    # A new call-up of troops to be sent is a later round (rule 3).
    In("more", "North Korea has begun a new mobilization of soldiers to be sent to Russia."),
    In("more", "Пхеньян начал новую мобилизацию военных для отправки в Россию."),
    In("sudan-more", "The paramilitaries have started a new mobilisation of Colombian fighters.", war=SUDAN),
    # Troops that arrive or are sent again are a later round too (rule 3), whatever word counts them.
    In("more", "North Korean servicemen have again arrived in the Kursk region."),
    In("more", "Военнослужащие КНДР снова оказались на территории Курской области."),
    In("more", "Північнокорейські військові знову прибули до Курської області."),
    In("mali-more", "Wagner fighters were again sent to Mali after the losses at Tinzaouaten.", war=MALI),
    # Held back from the front, as reserves, is combat too (rule 8).
    In("combat", "The North Korean troops still in Russia are kept in the rear as reserve forces."),
    In("combat", "Северокорейские подразделения сейчас находятся в тылу, в резерве."),
    In("combat", "Північнокорейські війська перебувають у тилу як резервні сили."),
    In("mali-combat", "The Wagner units were held in reserve during the battle for Kidal.", war=MALI),
    # Civilians sent to work are not troops sent (a question of their own).
    In("workers", "North Korea has sent thousands of workers to Russian construction sites."),
    In("workers", "Около 10 тысяч северокорейских рабочих уже прибыли в Россию.", units=("workers",)),
    In("workers", "Північнокорейські робітники працюють на російських заводах, що виробляють дрони."),
    In("workers", "Pyongyang is sending labour migrants to Russia under student visas."),
    # More weapons delivered is a supply, not more troops.
    In("iran-supply", "Iran has supplied hundreds of Shahed drones to Russia.", war="iran"),
    In("iran-supply", "Iran has shipped another batch of Shahed drones to Russia.", war="iran"),
    In("iran-supply", "A new batch of 250 Iranian drones has reached Russia.", war="iran"),
    In("iran-supply", "Новая партия иранских дронов прибыла в Россию.", war="iran"),
    # A prisoner's testimony goes with the prisoners, whatever it tells of (rule 10).
    In("captured", "One of the North Korean prisoners told the visitors he feared being executed at home."),
    In("captured", "Полонений розповів, що боїться розстрілу після повернення додому."),
)  # fmt: skip


@pytest.mark.parametrize("label", labels(BATTERY))
def test_each_proposition_has_one_key_of_its_own(label):
    own, others = keys_of(BATTERY, label)
    assert len(own) == 1
    assert not own & others
