<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB">
<context>
    <name>ActionGrid</name>
    <message>
        <source>{heading} is a heading, not an action row: change it in the plan&apos;s outline.</source>
        <translation>Pennawd yw {heading}, nid rhes cam gweithredu: newidiwch ef yn amlinelliad y cynllun.</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>Torri</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clirio</translation>
    </message>
    <message>
        <source>Set RAG rating to {rag}</source>
        <translation>Gosod y sgôr RAG yn {rag}</translation>
    </message>
    <message>
        <source>Set CAB to {cab}</source>
        <translation>Gosod CAB yn {cab}</translation>
    </message>
    <message>
        <source>RAG rating</source>
        <translation>Sgôr RAG</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copïo</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Gludo</translation>
    </message>
    <message>
        <source>Clear cells</source>
        <translation>Clirio&apos;r celloedd</translation>
    </message>
</context>
<context>
    <name>ActionLogModel</name>
    <message>
        <source> overdue</source>
        <translation> yn hwyr</translation>
    </message>
</context>
<context>
    <name>ActionLogPage</name>
    <message>
        <source>any date</source>
        <translation>unrhyw ddyddiad</translation>
    </message>
    <message>
        <source>Due on or before</source>
        <translation>Erbyn neu cyn</translation>
    </message>
    <message>
        <source>Search what, how, lead, progress, owner</source>
        <translation>Chwilio beth, sut, arweinydd, cynnydd, perchennog</translation>
    </message>
    <message>
        <source>Search the action log</source>
        <translation>Chwilio&apos;r log camau gweithredu</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Dangos</translation>
    </message>
    <message>
        <source>From</source>
        <translation>O</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grŵp</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Asiantaeth</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Perchennog</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>Erbyn</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Allforio…</translation>
    </message>
    <message>
        <source>The action log as a paper or spreadsheet, with the filters chosen here</source>
        <translation>Y log camau gweithredu fel papur neu daenlen, gyda&apos;r hidlwyr a ddewiswyd yma</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Camau gweithredu</translation>
    </message>
    <message>
        <source>No actions match these filters.</source>
        <translation>Does dim camau gweithredu&apos;n cyfateb i&apos;r hidlwyr hyn.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Pryd</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Gan</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Newid</translation>
    </message>
    <message>
        <source>At meeting</source>
        <translation>Yn y cyfarfod</translation>
    </message>
    <message>
        <source>History of the selected action</source>
        <translation>Hanes y cam gweithredu a ddewiswyd</translation>
    </message>
    <message>
        <source>(unchanged)</source>
        <translation>(heb newid)</translation>
    </message>
    <message>
        <source>Progress reported</source>
        <translation>Cynnydd a adroddwyd</translation>
    </message>
    <message>
        <source>Record update</source>
        <translation>Cofnodi diweddariad</translation>
    </message>
    <message>
        <source>&lt;b&gt;Review this action&lt;/b&gt;</source>
        <translation>&lt;b&gt;Adolygu&apos;r cam gweithredu hwn&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Reviewed at</source>
        <translation>Adolygwyd yn</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Cynnydd</translation>
    </message>
    <message>
        <source>&lt;b&gt;History of the selected action&lt;/b&gt;</source>
        <translation>&lt;b&gt;Hanes y cam gweithredu a ddewiswyd&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No actions yet</source>
        <translation>Dim camau gweithredu eto</translation>
    </message>
    <message>
        <source>Actions arising from meetings (added in a meeting&apos;s minutes) and the rows of your plans&apos; action tables all gather here, to be reviewed at each meeting and sent out as the action log.</source>
        <translation>Mae&apos;r camau gweithredu sy&apos;n codi o gyfarfodydd (a ychwanegwyd yng nghofnodion cyfarfod) a rhesi tablau camau gweithredu eich cynlluniau i gyd yn dod ynghyd yma, i&apos;w hadolygu ym mhob cyfarfod a&apos;u hanfon fel y log camau gweithredu.</translation>
    </message>
    <message>
        <source>{status} only</source>
        <translation>{status} yn unig</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Pob grŵp</translation>
    </message>
    <message>
        <source>All agencies</source>
        <translation>Pob asiantaeth</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Unrhyw un</translation>
    </message>
    <message>
        <source>Not at a meeting</source>
        <translation>Nid mewn cyfarfod</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n cam gweithredu</numerusform>
            <numerusform>%n cam gweithredu</numerusform>
            <numerusform>%n cam gweithredu</numerusform>
            <numerusform>%n cam gweithredu</numerusform>
            <numerusform>%n cam gweithredu</numerusform>
        </translation>
    </message>
    <message>
        <source>Progress: {text}</source>
        <translation>Cynnydd: {text}</translation>
    </message>
    <message>
        <source>(cleared)</source>
        <translation>(cliriwyd)</translation>
    </message>
    <message>
        <source>Choose an action in the log first.</source>
        <translation>Dewiswch gam gweithredu yn y log yn gyntaf.</translation>
    </message>
    <message>
        <source>Choose a status or type the progress reported.</source>
        <translation>Dewiswch statws neu teipiwch y cynnydd a adroddwyd.</translation>
    </message>
    <message>
        <source>Review action</source>
        <translation>Adolygu cam gweithredu</translation>
    </message>
</context>
<context>
    <name>ActionLogTableModel</name>
    <message>
        <source>RAG rating: {rag}</source>
        <translation>Sgôr RAG: {rag}</translation>
    </message>
</context>
<context>
    <name>ActionTableModel</name>
    <message>
        <source>RAG rating: {rag}</source>
        <translation>Sgôr RAG: {rag}</translation>
    </message>
    <message>
        <source>Understood as: {understood}</source>
        <translation>Deallwyd fel: {understood}</translation>
    </message>
    <message>
        <source> — overdue</source>
        <translation> — yn hwyr</translation>
    </message>
    <message>
        <source>Confidential: left out of every public export</source>
        <translation>Cyfrinachol: wedi&apos;i hepgor o bob allforiad cyhoeddus</translation>
    </message>
    <message>
        <source>Edit “{short}”</source>
        <translation>Golygu “{short}”</translation>
    </message>
    <message>
        <source>{count} cells were left as they were. {why}</source>
        <translation>Gadawyd {count} cell fel yr oeddent. {why}</translation>
    </message>
    <message>
        <source>Nothing was pasted: row {row} is a heading ({heading}). Paste into an action row.</source>
        <translation>Ni ludwyd dim: pennawd yw rhes {row} ({heading}). Gludwch i res cam gweithredu.</translation>
    </message>
    <message numerus="yes">
        <source>The pasted rows went round %n heading row(s), which were left as they were.</source>
        <translation>
            <numerusform>Aeth y rhesi a ludwyd o gwmpas %n rhes bennawd, a adawyd fel yr oeddent.</numerusform>
            <numerusform>Aeth y rhesi a ludwyd o gwmpas %n rhes bennawd, a adawyd fel yr oeddent.</numerusform>
            <numerusform>Aeth y rhesi a ludwyd o gwmpas %n rhes bennawd, a adawyd fel yr oeddent.</numerusform>
            <numerusform>Aeth y rhesi a ludwyd o gwmpas %n rhes bennawd, a adawyd fel yr oeddent.</numerusform>
            <numerusform>Aeth y rhesi a ludwyd o gwmpas %n rhes bennawd, a adawyd fel yr oeddent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pasted cell(s) could not be stored.</source>
        <translation>
            <numerusform>Ni ellid cadw %n cell a ludwyd.</numerusform>
            <numerusform>Ni ellid cadw %n cell a ludwyd.</numerusform>
            <numerusform>Ni ellid cadw %n cell a ludwyd.</numerusform>
            <numerusform>Ni ellid cadw %n cell a ludwyd.</numerusform>
            <numerusform>Ni ellid cadw %n cell a ludwyd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n cell(s)</source>
        <translation>
            <numerusform>Gludo %n cell</numerusform>
            <numerusform>Gludo %n cell</numerusform>
            <numerusform>Gludo %n cell</numerusform>
            <numerusform>Gludo %n cell</numerusform>
            <numerusform>Gludo %n cell</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AgendaEditor</name>
    <message>
        <source>Agenda items</source>
        <translation>Eitemau&apos;r agenda</translation>
    </message>
    <message>
        <source>No items yet. Start from the group&apos;s standing items (apologies, minutes of the last meeting, matters arising), or add items with Insert.</source>
        <translation>Dim eitemau eto. Dechreuwch o eitemau sefydlog y grŵp (ymddiheuriadau, cofnodion y cyfarfod diwethaf, materion yn codi), neu ychwanegwch eitemau gydag Insert.</translation>
    </message>
    <message>
        <source>Add item (Insert)</source>
        <translation>Ychwanegu eitem (Insert)</translation>
    </message>
    <message>
        <source>Remove (Delete)</source>
        <translation>Dileu (Delete)</translation>
    </message>
    <message>
        <source>Start from standing items</source>
        <translation>Dechrau o&apos;r eitemau sefydlog</translation>
    </message>
    <message>
        <source>Drag rows, or Ctrl+Up / Ctrl+Down, to reorder</source>
        <translation>Llusgwch resi, neu Ctrl+Up / Ctrl+Down, i aildrefnu</translation>
    </message>
    <message>
        <source>Agenda: {field}</source>
        <translation>Agenda: {field}</translation>
    </message>
    <message>
        <source>Move agenda item</source>
        <translation>Symud eitem agenda</translation>
    </message>
    <message>
        <source>Add agenda item</source>
        <translation>Ychwanegu eitem agenda</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>Eitem newydd</translation>
    </message>
    <message>
        <source>Remove agenda item</source>
        <translation>Dileu eitem agenda</translation>
    </message>
    <message>
        <source>Start agenda from standing items</source>
        <translation>Dechrau&apos;r agenda o&apos;r eitemau sefydlog</translation>
    </message>
    <message>
        <source>This group has no standing items yet: add them under People &amp; agencies, on the group&apos;s Standing items tab.</source>
        <translation>Does gan y grŵp hwn ddim eitemau sefydlog eto: ychwanegwch nhw o dan Pobl ac asiantaethau, ar dab Eitemau sefydlog y grŵp.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Something went wrong ({kind}: {error}). This is a bug; the details are in {log_file}.</source>
        <translation>Aeth rhywbeth o&apos;i le ({kind}: {error}). Nam yw hwn; mae&apos;r manylion yn {log_file}.</translation>
    </message>
    <message>
        <source>the workspace on the server</source>
        <translation>y gweithle ar y gweinydd</translation>
    </message>
</context>
<context>
    <name>ArisingPanel</name>
    <message>
        <source>New action: what (Enter)</source>
        <translation>Cam gweithredu newydd: beth (Enter)</translation>
    </message>
    <message>
        <source>Owner: person or agency (Enter)</source>
        <translation>Perchennog: person neu asiantaeth (Enter)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Actions arising&lt;/b&gt; (Ctrl+Shift+A to add; Delete removes)</source>
        <translation>&lt;b&gt;Camau gweithredu sy&apos;n codi&lt;/b&gt; (Ctrl+Shift+A i ychwanegu; Delete i ddileu)</translation>
    </message>
    <message>
        <source>Due, e.g. {example:%d/%m/%Y}, {example:%b %Y} or next meeting (Enter adds)</source>
        <translation>Erbyn, e.e. {example:%d/%m/%Y}, {example:%b %Y} neu next meeting (Enter i ychwanegu)</translation>
    </message>
    <message>
        <source>Adding an action to item {item}, where it was begun.</source>
        <translation>Yn ychwanegu cam gweithredu at eitem {item}, lle cafodd ei ddechrau.</translation>
    </message>
    <message>
        <source>No next meeting of the group is scheduled yet: schedule it, or give a date.</source>
        <translation>Does dim cyfarfod nesaf o&apos;r grŵp wedi&apos;i drefnu eto: trefnwch ef, neu rhowch ddyddiad.</translation>
    </message>
    <message>
        <source>Could not read {text} as a date: try {day}.</source>
        <translation>Methu darllen {text} fel dyddiad: rhowch gynnig ar {day}.</translation>
    </message>
    <message>
        <source>Add action: {want}</source>
        <translation>Ychwanegu cam gweithredu: {want}</translation>
    </message>
    <message>
        <source>Action added to item {item}.</source>
        <translation>Ychwanegwyd cam gweithredu at eitem {item}.</translation>
    </message>
    <message>
        <source>Remove action</source>
        <translation>Dileu cam gweithredu</translation>
    </message>
</context>
<context>
    <name>AssessmentTableModel</name>
    <message>
        <source>Type a score from 1 to 6; Delete clears it</source>
        <translation>Teipiwch sgôr o 1 i 6; mae Delete yn ei chlirio</translation>
    </message>
</context>
<context>
    <name>AttendancePage</name>
    <message>
        <source>A nominated deputy counts as attended</source>
        <translation>Mae dirprwy enwebedig yn cyfrif fel presennol</translation>
    </message>
    <message>
        <source>This workspace&apos;s rule: it applies for everyone who opens it, in the exported papers and on the command line.</source>
        <translation>Rheol y gweithle hwn: mae&apos;n berthnasol i bawb sy&apos;n ei agor, yn y papurau a allforir ac ar y llinell orchymyn.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Cyfnod</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grŵp</translation>
    </message>
    <message>
        <source>No meetings to analyse yet</source>
        <translation>Dim cyfarfodydd i&apos;w dadansoddi eto</translation>
    </message>
    <message>
        <source>Once meetings are held and their registers taken (Meetings › Register), attendance is analysed here by financial quarter or year, per group, per agency and per seat.</source>
        <translation>Unwaith y cynhelir cyfarfodydd a chymryd eu cofrestrau (Cyfarfodydd › Cofrestr), dadansoddir presenoldeb yma fesul chwarter neu flwyddyn ariannol, fesul grŵp, fesul asiantaeth a fesul sedd.</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Pob grŵp</translation>
    </message>
    <message>
        <source>Year {label}</source>
        <translation>Blwyddyn {label}</translation>
    </message>
    <message>
        <source>Deputies count as attended</source>
        <translation>Dirprwyon yn cyfrif fel presennol</translation>
    </message>
    <message>
        <source>Deputies do not count as attended</source>
        <translation>Dirprwyon ddim yn cyfrif fel presennol</translation>
    </message>
    <message>
        <source>no rate</source>
        <translation>dim cyfradd</translation>
    </message>
    <message>
        <source>, {count} cancelled (not counted)</source>
        <translation>, {count} wedi&apos;u canslo (heb eu cyfrif)</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;{period}&lt;/b&gt;: %n meeting(s) held</source>
        <translation>
            <numerusform>&lt;b&gt;{period}&lt;/b&gt;: cynhaliwyd %n cyfarfod</numerusform>
            <numerusform>&lt;b&gt;{period}&lt;/b&gt;: cynhaliwyd %n cyfarfod</numerusform>
            <numerusform>&lt;b&gt;{period}&lt;/b&gt;: cynhaliwyd %n cyfarfod</numerusform>
            <numerusform>&lt;b&gt;{period}&lt;/b&gt;: cynhaliwyd %n cyfarfod</numerusform>
            <numerusform>&lt;b&gt;{period}&lt;/b&gt;: cynhaliwyd %n cyfarfod</numerusform>
        </translation>
    </message>
    <message>
        <source>{attended} of {expected} seat places filled ({rate}).</source>
        <translation>{attended} o {expected} lle mewn sedd wedi&apos;u llenwi ({rate}).</translation>
    </message>
    <message>
        <source>How the rate is counted: attended ÷ expected, where expected is every seat at every meeting held. {rule_text} Persistent non-attendance: three meetings in a row without the seat filled (apologies count as not filled).</source>
        <translation>Sut y cyfrifir y gyfradd: presennol ÷ disgwyliedig, lle mae disgwyliedig yn bob sedd ym mhob cyfarfod a gynhaliwyd. {rule_text} Absenoldeb parhaus: tri chyfarfod yn olynol heb lenwi&apos;r sedd (mae ymddiheuriadau&apos;n cyfrif fel heb ei llenwi).</translation>
    </message>
    <message>
        <source>Persistent non-attendance, to escalate: </source>
        <translation>Absenoldeb parhaus, i&apos;w uwchgyfeirio: </translation>
    </message>
</context>
<context>
    <name>AttendanceTableModel</name>
    <message>
        <source>Rate</source>
        <translation>Cyfradd</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Baner</translation>
    </message>
    <message>
        <source>(no agency)</source>
        <translation>(dim asiantaeth)</translation>
    </message>
</context>
<context>
    <name>Clipboard</name>
    <message>
        <source>Paste into {count} cells</source>
        <translation>Gludo i {count} cell</translation>
    </message>
    <message>
        <source>The copied block is {count} columns wide; the {extra} past the last column were left out.</source>
        <translation>Mae&apos;r bloc a gopïwyd yn {count} colofn o led; gadawyd allan y {extra} y tu hwnt i&apos;r golofn olaf.</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>“{text}” is not a RAG rating: use Red, Amber, Green, Blue (complete) or Not started.</source>
        <translation>Nid yw “{text}” yn sgôr RAG: defnyddiwch Coch, Ambr, Gwyrdd, Glas (wedi&apos;i gwblhau) neu Heb ddechrau.</translation>
    </message>
    <message>
        <source>“{text}” is not a CAB value: use C (children), A (adults) or B (both).</source>
        <translation>Nid yw “{text}” yn werth CAB: defnyddiwch C (plant), A (oedolion) neu B (y ddau).</translation>
    </message>
    <message>
        <source>“{text}” is not a status: use {statuses}.</source>
        <translation>Nid yw “{text}” yn statws: defnyddiwch {statuses}.</translation>
    </message>
    <message>
        <source>“{text}” is not a date: type it as 31/03/2025.</source>
        <translation>Nid yw “{text}” yn ddyddiad: teipiwch ef fel 31/03/2025.</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Self-assessment {field}</source>
        <translation>Hunanasesiad: {field}</translation>
    </message>
    <message>
        <source>Start the next period</source>
        <translation>Dechrau&apos;r cyfnod nesaf</translation>
    </message>
    <message>
        <source>Rename the period</source>
        <translation>Ailenwi&apos;r cyfnod</translation>
    </message>
</context>
<context>
    <name>ComparisonTableModel</name>
    <message>
        <source>Change: {word} ({colour})</source>
        <translation>Newid: {word} ({colour})</translation>
    </message>
    <message>
        <source>(none before)</source>
        <translation>(dim o&apos;r blaen)</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Rhif</translation>
    </message>
    <message>
        <source>Priority area or question</source>
        <translation>Maes blaenoriaeth neu gwestiwn</translation>
    </message>
    <message>
        <source>Score {before}</source>
        <translation>Sgôr {before}</translation>
    </message>
    <message>
        <source>Score {after}</source>
        <translation>Sgôr {after}</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Newid</translation>
    </message>
    <message>
        <source>Evidence changed</source>
        <translation>Tystiolaeth wedi newid</translation>
    </message>
    <message>
        <source>Evidence {before}</source>
        <translation>Tystiolaeth {before}</translation>
    </message>
    <message>
        <source>Evidence {after}</source>
        <translation>Tystiolaeth {after}</translation>
    </message>
</context>
<context>
    <name>ConflictCells</name>
    <message>
        <source>{text} (in conflict with the other copy)</source>
        <translation>{text} (yn gwrthdaro â&apos;r copi arall)</translation>
    </message>
    <message>
        <source>who and when not recorded</source>
        <translation>ni chofnodwyd pwy na phryd</translation>
    </message>
    <message>
        <source>In conflict with the other copy: {value} ({who}) — File › Sync conflicts…</source>
        <translation>Yn gwrthdaro â&apos;r copi arall: {value} ({who}) — Ffeil › Gwrthdaro cysoni…</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Sync conflicts</source>
        <translation>Gwrthdaro cysoni</translation>
    </message>
    <message>
        <source>&amp;Result (edit it, then Use the result):</source>
        <translation>&amp;Canlyniad (golygwch ef, yna Defnyddio&apos;r canlyniad):</translation>
    </message>
    <message>
        <source>Keep &amp;this copy&apos;s</source>
        <translation>Cadw un y copi &amp;hwn</translation>
    </message>
    <message>
        <source>Take the &amp;other copy&apos;s</source>
        <translation>Cymryd un y copi &amp;arall</translation>
    </message>
    <message>
        <source>&amp;Use the result</source>
        <translation>&amp;Defnyddio&apos;r canlyniad</translation>
    </message>
    <message>
        <source>No conflicts wait: both copies agree.</source>
        <translation>Does dim gwrthdaro&apos;n aros: mae&apos;r ddau gopi&apos;n cytuno.</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) were changed differently on the two copies. Nothing was overwritten: pick the value to keep for each. The next sync carries your choice to the other copy.</source>
        <translation>
            <numerusform>Newidiwyd %n maes yn wahanol ar y ddau gopi. Ni throswysgrifennwyd dim: dewiswch y gwerth i&apos;w gadw ar gyfer pob un. Mae&apos;r cysoni nesaf yn cario eich dewis i&apos;r copi arall.</numerusform>
            <numerusform>Newidiwyd %n maes yn wahanol ar y ddau gopi. Ni throswysgrifennwyd dim: dewiswch y gwerth i&apos;w gadw ar gyfer pob un. Mae&apos;r cysoni nesaf yn cario eich dewis i&apos;r copi arall.</numerusform>
            <numerusform>Newidiwyd %n maes yn wahanol ar y ddau gopi. Ni throswysgrifennwyd dim: dewiswch y gwerth i&apos;w gadw ar gyfer pob un. Mae&apos;r cysoni nesaf yn cario eich dewis i&apos;r copi arall.</numerusform>
            <numerusform>Newidiwyd %n maes yn wahanol ar y ddau gopi. Ni throswysgrifennwyd dim: dewiswch y gwerth i&apos;w gadw ar gyfer pob un. Mae&apos;r cysoni nesaf yn cario eich dewis i&apos;r copi arall.</numerusform>
            <numerusform>Newidiwyd %n maes yn wahanol ar y ddau gopi. Ni throswysgrifennwyd dim: dewiswch y gwerth i&apos;w gadw ar gyfer pob un. Mae&apos;r cysoni nesaf yn cario eich dewis i&apos;r copi arall.</numerusform>
        </translation>
    </message>
    <message>
        <source>This copy (%1):</source>
        <translation>Y copi hwn (%1):</translation>
    </message>
    <message>
        <source>The other copy (%1):</source>
        <translation>Y copi arall (%1):</translation>
    </message>
    <message>
        <source>Resolve conflict: %1</source>
        <translation>Datrys gwrthdaro: %1</translation>
    </message>
</context>
<context>
    <name>DateEntry</name>
    <message>
        <source>e.g. 12/3/2025</source>
        <translation>e.e. 12/3/2025</translation>
    </message>
</context>
<context>
    <name>DeleteRows</name>
    <message>
        <source>Delete {rows}</source>
        <translation>Dileu {rows}</translation>
    </message>
</context>
<context>
    <name>DuePage</name>
    <message>
        <source>What is due</source>
        <translation>Beth sy&apos;n ddyledus</translation>
    </message>
    <message>
        <source>Enter or double-click opens the record.</source>
        <translation>Mae Enter neu glicio ddwywaith yn agor y cofnod.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;h2&gt;What is due&lt;/h2&gt;{today}: %n thing(s) to look at.</source>
        <translation>
            <numerusform>&lt;h2&gt;Beth sy&apos;n ddyledus&lt;/h2&gt;{today}: %n peth i edrych arno.</numerusform>
            <numerusform>&lt;h2&gt;Beth sy&apos;n ddyledus&lt;/h2&gt;{today}: %n peth i edrych arno.</numerusform>
            <numerusform>&lt;h2&gt;Beth sy&apos;n ddyledus&lt;/h2&gt;{today}: %n peth i edrych arno.</numerusform>
            <numerusform>&lt;h2&gt;Beth sy&apos;n ddyledus&lt;/h2&gt;{today}: %n peth i edrych arno.</numerusform>
            <numerusform>&lt;h2&gt;Beth sy&apos;n ddyledus&lt;/h2&gt;{today}: %n peth i edrych arno.</numerusform>
        </translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… a {count} arall</translation>
    </message>
</context>
<context>
    <name>DuplicateRows</name>
    <message>
        <source>Duplicate {rows}</source>
        <translation>Dyblygu {rows}</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>&lt;h2&gt;{title}&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;{title}&lt;/h2&gt;</translation>
    </message>
</context>
<context>
    <name>EncryptionActions</name>
    <message>
        <source>&amp;Encrypt a copy…</source>
        <translation>&amp;Amgryptio copi…</translation>
    </message>
    <message>
        <source>Encrypt a copy</source>
        <translation>Amgryptio copi</translation>
    </message>
    <message>
        <source>{name} is already encrypted.</source>
        <translation>Mae {name} wedi&apos;i amgryptio eisoes.</translation>
    </message>
    <message>
        <source>Encrypt a copy: where to save it</source>
        <translation>Amgryptio copi: ble i&apos;w gadw</translation>
    </message>
    <message>
        <source>{name} already exists: choose a new name.</source>
        <translation>Mae {name} yn bodoli eisoes: dewiswch enw newydd.</translation>
    </message>
    <message>
        <source>The encrypted copy was not made</source>
        <translation>Ni wnaed y copi wedi&apos;i amgryptio</translation>
    </message>
    <message>
        <source>Something went wrong ({kind}). {name} was not changed.</source>
        <translation>Aeth rhywbeth o&apos;i le ({kind}). Ni newidiwyd {name}.</translation>
    </message>
    <message>
        <source>Encrypting a copy</source>
        <translation>Yn amgryptio copi</translation>
    </message>
    <message>
        <source>Encrypted copy saved to {made}; {name} is unchanged</source>
        <translation>Copi wedi&apos;i amgryptio wedi&apos;i gadw yn {made}; mae {name} heb ei newid</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Print</source>
        <translation>Argraffu</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Allforio</translation>
    </message>
    <message>
        <source>Register of one meeting</source>
        <translation>Cofrestr un cyfarfod</translation>
    </message>
    <message>
        <source>Analysis of a quarter</source>
        <translation>Dadansoddiad chwarter</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Pob grŵp</translation>
    </message>
    <message>
        <source>Public version: leave out confidential items (the paper says so)</source>
        <translation>Fersiwn gyhoeddus: hepgor eitemau cyfrinachol (mae&apos;r papur yn dweud hynny)</translation>
    </message>
    <message>
        <source>Open actions only</source>
        <translation>Camau gweithredu agored yn unig</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Dewis…</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Beth</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Fformat</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Cynllun</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Cyfnod</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Presenoldeb</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Cyfarfod</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Chwarter</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grŵp</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Camau gweithredu</translation>
    </message>
    <message>
        <source>Protective marking</source>
        <translation>Marc diogelu</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Saesneg</translation>
    </message>
    <message>
        <source>Welsh (Cymraeg)</source>
        <translation>Cymraeg</translation>
    </message>
    <message>
        <source>Welsh and English side by side</source>
        <translation>Cymraeg a Saesneg ochr yn ochr</translation>
    </message>
    <message>
        <source>Use this language for all of this board&apos;s papers</source>
        <translation>Defnyddio&apos;r iaith hon ar gyfer holl bapurau&apos;r bwrdd hwn</translation>
    </message>
    <message>
        <source>Language of the paper</source>
        <translation>Iaith y papur</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Cadw fel</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>Rhagolwg argraffu…</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Allforio i</translation>
    </message>
    <message>
        <source>Choose where to save the export.</source>
        <translation>Dewiswch ble i gadw&apos;r allforiad.</translation>
    </message>
    <message>
        <source>The folder {parent} does not exist.</source>
        <translation>Nid yw&apos;r ffolder {parent} yn bodoli.</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Disodli&apos;r ffeil?</translation>
    </message>
    <message>
        <source>{name} already exists. Replace it?</source>
        <translation>Mae {name} yn bodoli eisoes. Ei disodli?</translation>
    </message>
    <message>
        <source>Papers&apos; language</source>
        <translation>Iaith y papurau</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Allforio…</translation>
    </message>
</context>
<context>
    <name>ExportFlow</name>
    <message>
        <source>Exporting {name}</source>
        <translation>Yn allforio {name}</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>Allforio wedi gorffen</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Methu allforio</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Methodd yr allforio</translation>
    </message>
    <message>
        <source>Something went wrong ({kind}: {exc}). No file was written; the details are in {log_file}.</source>
        <translation>Aeth rhywbeth o&apos;i le ({kind}: {exc}). Ni ysgrifennwyd ffeil; mae&apos;r manylion yn {log_file}.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Find in this plan…</source>
        <translation>Canfod yn y cynllun hwn…</translation>
    </message>
    <message>
        <source>Find in this plan</source>
        <translation>Canfod yn y cynllun hwn</translation>
    </message>
    <message>
        <source>Words in any column; accents and ŵ ŷ need not be typed</source>
        <translation>Geiriau mewn unrhyw golofn; does dim angen teipio acenion na ŵ ŷ</translation>
    </message>
    <message>
        <source>No rating</source>
        <translation>Dim sgôr</translation>
    </message>
    <message>
        <source>RAG: any</source>
        <translation>RAG: pob</translation>
    </message>
    <message>
        <source>CAB:</source>
        <translation>CAB:</translation>
    </message>
    <message>
        <source>C children</source>
        <translation>C plant</translation>
    </message>
    <message>
        <source>A adults</source>
        <translation>A oedolion</translation>
    </message>
    <message>
        <source>B both</source>
        <translation>B y ddau</translation>
    </message>
    <message>
        <source>Lead:</source>
        <translation>Arweinydd:</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Yn hwyr</translation>
    </message>
    <message>
        <source>Confidential:</source>
        <translation>Cyfrinachol:</translation>
    </message>
    <message>
        <source>only these</source>
        <translation>y rhain yn unig</translation>
    </message>
    <message>
        <source>shown</source>
        <translation>dangos</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>o&apos;r golwg</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clirio</translation>
    </message>
    <message>
        <source>Show every row again</source>
        <translation>Dangos pob rhes eto</translation>
    </message>
    <message>
        <source>RAG: {chosen}</source>
        <translation>RAG: {chosen}</translation>
    </message>
    <message>
        <source>any</source>
        <translation>pob</translation>
    </message>
</context>
<context>
    <name>FlooredUndo</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Dadwneud</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ailwneud</translation>
    </message>
    <message>
        <source>&amp;Undo {what}</source>
        <translation>&amp;Dadwneud {what}</translation>
    </message>
    <message>
        <source>&amp;Undo (stops where recording started)</source>
        <translation>&amp;Dadwneud (yn stopio lle dechreuodd y cofnodi)</translation>
    </message>
    <message>
        <source>&amp;Redo {what}</source>
        <translation>&amp;Ailwneud {what}</translation>
    </message>
</context>
<context>
    <name>GridCommand</name>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n rhes</numerusform>
            <numerusform>%n rhes</numerusform>
            <numerusform>%n rhes</numerusform>
            <numerusform>%n rhes</numerusform>
            <numerusform>%n rhes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GridHeader</name>
    <message>
        <source>Columns</source>
        <translation>Colofnau</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>(empty)</source>
        <translation>(gwag)</translation>
    </message>
    <message>
        <source> · at {meeting}</source>
        <translation> · yn {meeting}</translation>
    </message>
    <message>
        <source>Undone: {what} back to {new} (the change to {old} was taken back)</source>
        <translation>Dadwnaed: {what} yn ôl i {new} (tynnwyd y newid i {old} yn ôl)</translation>
    </message>
    <message>
        <source>Redone: {what}: {old} → {new}</source>
        <translation>Ailwnaed: {what}: {old} → {new}</translation>
    </message>
    <message>
        <source>History of the selected row</source>
        <translation>Hanes y rhes a ddewiswyd</translation>
    </message>
    <message>
        <source>&lt;b&gt;History&lt;/b&gt;&lt;br&gt;Choose an action to see its updates.</source>
        <translation>&lt;b&gt;Hanes&lt;/b&gt;&lt;br&gt;Dewiswch gam gweithredu i weld ei ddiweddariadau.</translation>
    </message>
    <message>
        <source>&lt;b&gt;History of {label}&lt;/b&gt;&lt;br&gt;No progress, RAG or status changes yet.</source>
        <translation>&lt;b&gt;Hanes {label}&lt;/b&gt;&lt;br&gt;Dim newidiadau i&apos;r cynnydd, RAG na statws eto.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;History of {label}&lt;/b&gt; (%n update(s))</source>
        <translation>
            <numerusform>&lt;b&gt;Hanes {label}&lt;/b&gt; (%n diweddariad)</numerusform>
            <numerusform>&lt;b&gt;Hanes {label}&lt;/b&gt; (%n diweddariad)</numerusform>
            <numerusform>&lt;b&gt;Hanes {label}&lt;/b&gt; (%n diweddariad)</numerusform>
            <numerusform>&lt;b&gt;Hanes {label}&lt;/b&gt; (%n diweddariad)</numerusform>
            <numerusform>&lt;b&gt;Hanes {label}&lt;/b&gt; (%n diweddariad)</numerusform>
        </translation>
    </message>
    <message>
        <source>Carried forward from {plan_title} (row{number}){rag}
{progress}</source>
        <translation>Wedi&apos;i ddwyn ymlaen o {plan_title} (rhes{number}){rag}
{progress}</translation>
    </message>
    <message>
        <source>(no progress recorded)</source>
        <translation>(dim cynnydd wedi&apos;i gofnodi)</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Import {file_name}</source>
        <translation>Mewnforio {file_name}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import {name}</source>
        <translation>Mewnforio {name}</translation>
    </message>
    <message>
        <source>What the selected row becomes. Nothing is written until you press Import.</source>
        <translation>Beth mae&apos;r rhes a ddewiswyd yn ei ddod. Ni ysgrifennir dim nes i chi bwyso Mewnforio.</translation>
    </message>
    <message>
        <source>Selected row &amp;becomes:</source>
        <translation>Mae&apos;r rhes a ddewiswyd yn &amp;dod yn:</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rhesi</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colofnau</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Rhybuddion</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Mewnforio</translation>
    </message>
    <message>
        <source>Name of the new plan:</source>
        <translation>Enw&apos;r cynllun newydd:</translation>
    </message>
    <message>
        <source>Each heading found in the file, and the column it fills. Choose another column if one was misread.</source>
        <translation>Pob pennawd a ganfuwyd yn y ffeil, a&apos;r golofn y mae&apos;n ei llenwi. Dewiswch golofn arall os camddarllenwyd un.</translation>
    </message>
    <message>
        <source>Seen at {places}</source>
        <translation>Gwelwyd yn {places}</translation>
    </message>
    <message>
        <source>Nothing to review.</source>
        <translation>Dim i&apos;w adolygu.</translation>
    </message>
    <message>
        <source>Warnings ({count})</source>
        <translation>Rhybuddion ({count})</translation>
    </message>
    <message>
        <source>Read as a {shape}: {actions} {kind} rows under {entries} entries, from {rows} rows: {titles} title, {outline} priority or outline, {questions} question, {headings} heading, {joined} joined to the row above, {notes} note rows</source>
        <translation>Darllenwyd fel {shape}: {actions} rhes {kind} o dan {entries} cofnod, o {rows} rhes: {titles} teitl, {outline} blaenoriaeth neu amlinelliad, {questions} cwestiwn, {headings} pennawd, {joined} wedi&apos;u huno â&apos;r rhes uwchben, {notes} rhes nodyn</translation>
    </message>
    <message numerus="yes">
        <source>; %n row(s) re-classified by you</source>
        <translation>
            <numerusform>; %n rhes wedi&apos;i hailddosbarthu gennych</numerusform>
            <numerusform>; %n rhes wedi&apos;i hailddosbarthu gennych</numerusform>
            <numerusform>; %n rhes wedi&apos;i hailddosbarthu gennych</numerusform>
            <numerusform>; %n rhes wedi&apos;i hailddosbarthu gennych</numerusform>
            <numerusform>; %n rhes wedi&apos;i hailddosbarthu gennych</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is written until you press Import; Edit › Undo takes the whole import back.</source>
        <translation>Ni ysgrifennir dim nes i chi bwyso Mewnforio; mae Golygu › Dadwneud yn tynnu&apos;r mewnforio cyfan yn ôl.</translation>
    </message>
    <message>
        <source>Give the new plan a name.</source>
        <translation>Rhowch enw i&apos;r cynllun newydd.</translation>
    </message>
    <message>
        <source>&amp;Import plan…</source>
        <translation>&amp;Mewnforio cynllun…</translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <source>Import a plan</source>
        <translation>Mewnforio cynllun</translation>
    </message>
    <message>
        <source>Reading {name}</source>
        <translation>Yn darllen {name}</translation>
    </message>
    <message>
        <source>Importing {name}</source>
        <translation>Yn mewnforio {name}</translation>
    </message>
    <message>
        <source>Imported {action} actions from {file_name}. Edit › Undo takes the import back.</source>
        <translation>Mewnforiwyd {action} cam gweithredu o {file_name}. Mae Golygu › Dadwneud yn tynnu&apos;r mewnforio yn ôl.</translation>
    </message>
    <message>
        <source>Cannot import this file</source>
        <translation>Methu mewnforio&apos;r ffeil hon</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Methodd y mewnforio</translation>
    </message>
    <message>
        <source>Something went wrong ({kind}: {exc}). Nothing was imported; the details are in {log_file}.</source>
        <translation>Aeth rhywbeth o&apos;i le ({kind}: {exc}). Ni fewnforiwyd dim; mae&apos;r manylion yn {log_file}.</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>joined onto row {into_row}</source>
        <translation>wedi&apos;i uno â rhes {into_row}</translation>
    </message>
    <message>
        <source>became an action row</source>
        <translation>daeth yn rhes cam gweithredu</translation>
    </message>
    <message>
        <source>became a plan heading</source>
        <translation>daeth yn bennawd cynllun</translation>
    </message>
    <message>
        <source>kept in the report</source>
        <translation>cadwyd yn yr adroddiad</translation>
    </message>
    <message>
        <source>Import report: {source_file}</source>
        <translation>Adroddiad mewnforio: {source_file}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{source_file}&lt;/b&gt; imported by {imported_by} on {when}.&lt;br&gt;{count} non-empty rows: {counts}.</source>
        <translation>&lt;b&gt;{source_file}&lt;/b&gt; wedi&apos;i fewnforio gan {imported_by} ar {when}.&lt;br&gt;{count} rhes heb fod yn wag: {counts}.</translation>
    </message>
</context>
<context>
    <name>ImportRowsTableModel</name>
    <message>
        <source> (level {level})</source>
        <translation> (lefel {level})</translation>
    </message>
</context>
<context>
    <name>InsertRows</name>
    <message>
        <source>Add a row</source>
        <translation>Ychwanegu rhes</translation>
    </message>
    <message numerus="yes">
        <source>Insert %n row(s) below</source>
        <translation>
            <numerusform>Mewnosod %n rhes islaw</numerusform>
            <numerusform>Mewnosod %n rhes islaw</numerusform>
            <numerusform>Mewnosod %n rhes islaw</numerusform>
            <numerusform>Mewnosod %n rhes islaw</numerusform>
            <numerusform>Mewnosod %n rhes islaw</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Insert %n row(s) above</source>
        <translation>
            <numerusform>Mewnosod %n rhes uwchben</numerusform>
            <numerusform>Mewnosod %n rhes uwchben</numerusform>
            <numerusform>Mewnosod %n rhes uwchben</numerusform>
            <numerusform>Mewnosod %n rhes uwchben</numerusform>
            <numerusform>Mewnosod %n rhes uwchben</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>{role} (non-voting)</source>
        <translation>{role} (heb bleidlais)</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language (Iaith)</source>
        <translation>&amp;Iaith (Language)</translation>
    </message>
    <message>
        <source>The window speaks {language} from the next start.</source>
        <translation>Bydd y ffenestr yn siarad {language} o&apos;r cychwyn nesaf.</translation>
    </message>
    <message>
        <source>the computer&apos;s language</source>
        <translation>iaith y cyfrifiadur</translation>
    </message>
</context>
<context>
    <name>ListSection</name>
    <message>
        <source>&lt;h3&gt;{heading}&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;{heading}&lt;/h3&gt;</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>New &amp;plan…</source>
        <translation>&amp;Cynllun newydd…</translation>
    </message>
    <message>
        <source>Start ne&amp;xt year&apos;s plan…</source>
        <translation>Dechrau cynllun y &amp;flwyddyn nesaf…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Ffeil</translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation>Gweithle &amp;newydd…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Agor…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Agor &amp;diweddar</translation>
    </message>
    <message>
        <source>Save a &amp;copy as…</source>
        <translation>Cadw &amp;copi fel…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Gwneud copi &amp;wrth gefn nawr</translation>
    </message>
    <message>
        <source>Restore from bac&amp;kup…</source>
        <translation>Adfer o gopi wrth &amp;gefn…</translation>
    </message>
    <message>
        <source>Chec&amp;k workspace</source>
        <translation>Gwi&amp;rio&apos;r gweithle</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Gadael</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Golygu</translation>
    </message>
    <message>
        <source>&amp;Search everything…</source>
        <translation>&amp;Chwilio popeth…</translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation>C&amp;yfarfod</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>G&amp;weld</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>C&amp;yferbyniad uchel</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Cymorth</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Ynghylch</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(dim eto)</translation>
    </message>
    <message>
        <source>The secretariat&apos;s desk for safeguarding boards.</source>
        <translation>Desg yr ysgrifenyddiaeth ar gyfer byrddau diogelu.</translation>
    </message>
    <message>
        <source>Cannot open the workspace</source>
        <translation>Methu agor y gweithle</translation>
    </message>
    <message>
        <source>Opened read-only</source>
        <translation>Agorwyd i&apos;w ddarllen yn unig</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (darllen yn unig)</translation>
    </message>
    <message>
        <source>Opened {path}</source>
        <translation>Agorwyd {path}</translation>
    </message>
</context>
<context>
    <name>MeetingView</name>
    <message>
        <source>&amp;Start recording this meeting</source>
        <translation>&amp;Dechrau cofnodi</translation>
    </message>
    <message>
        <source>Mark &amp;held</source>
        <translation>Nodi fel wedi&apos;i &amp;gynnal</translation>
    </message>
    <message>
        <source>&amp;Agree minutes…</source>
        <translation>&amp;Cytuno ar y cofnodion…</translation>
    </message>
    <message>
        <source>&amp;Lock minutes</source>
        <translation>C&amp;loi&apos;r cofnodion</translation>
    </message>
    <message>
        <source>Re-&amp;open minutes…</source>
        <translation>&amp;Ailagor y cofnodion…</translation>
    </message>
    <message>
        <source>&amp;Confidential meeting (withheld from public papers)</source>
        <translation>Cyfarfod cyfr&amp;inachol (wedi&apos;i atal o bapurau cyhoeddus)</translation>
    </message>
    <message>
        <source>Minute &amp;headings for this group…</source>
        <translation>&amp;Penawdau cofnodion y grŵp hwn…</translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation>&amp;Agenda</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Cofrestr</translation>
    </message>
    <message>
        <source>M&amp;inutes</source>
        <translation>C&amp;ofnodion</translation>
    </message>
    <message>
        <source>a meeting being recorded is finished first</source>
        <translation>mae cyfarfod sy&apos;n cael ei gofnodi yn cael ei orffen yn gyntaf</translation>
    </message>
    <message>
        <source>place to be confirmed</source>
        <translation>lleoliad i&apos;w gadarnhau</translation>
    </message>
    <message>
        <source> (cancelled)</source>
        <translation> (wedi&apos;i ganslo)</translation>
    </message>
    <message>
        <source> · confidential: withheld from public papers</source>
        <translation> · cyfrinachol: wedi&apos;i atal o bapurau cyhoeddus</translation>
    </message>
    <message>
        <source>&lt;h2&gt;{heading}&lt;/h2&gt;{label} meeting, {when}{where}{marks}</source>
        <translation>&lt;h2&gt;{heading}&lt;/h2&gt;Cyfarfod {label}, {when}{where}{marks}</translation>
    </message>
    <message>
        <source>Mark not &amp;held</source>
        <translation>Nodi fel heb ei &amp;gynnal</translation>
    </message>
    <message>
        <source>Recording {meeting}: marks and minutes go into this meeting only.</source>
        <translation>Yn cofnodi {meeting}: mae marciau a chofnodion yn mynd i&apos;r cyfarfod hwn yn unig.</translation>
    </message>
    <message>
        <source>&amp;Finish recording</source>
        <translation>&amp;Gorffen cofnodi</translation>
    </message>
    <message>
        <source>Recording: {meeting}. Every mark and minute goes into this meeting; finish recording ({shortcut}) to change meeting.</source>
        <translation>Yn cofnodi: {meeting}. Mae pob marc a chofnod yn mynd i&apos;r cyfarfod hwn; gorffennwch gofnodi ({shortcut}) i newid cyfarfod.</translation>
    </message>
    <message>
        <source>Recording: {name}</source>
        <translation>Yn cofnodi: {name}</translation>
    </message>
    <message>
        <source>Meeting {new}</source>
        <translation>Cyfarfod: {new}</translation>
    </message>
    <message>
        <source>{on:%d %b %Y}, item {label}</source>
        <translation>{on:%d %b %Y}, eitem {label}</translation>
    </message>
    <message>
        <source>Minutes are agreed at the group&apos;s next meeting: add a &quot;minutes of the last meeting&quot; item to its agenda first.</source>
        <translation>Cytunir ar gofnodion yng nghyfarfod nesaf y grŵp: ychwanegwch eitem &quot;cofnodion y cyfarfod diwethaf&quot; at ei agenda yn gyntaf.</translation>
    </message>
    <message>
        <source>Agree minutes</source>
        <translation>Cytuno ar y cofnodion</translation>
    </message>
    <message>
        <source>Agreed as a true record at:</source>
        <translation>Cytunwyd eu bod yn gofnod cywir yn:</translation>
    </message>
    <message>
        <source>Confidential meeting</source>
        <translation>Cyfarfod cyfrinachol</translation>
    </message>
    <message>
        <source>Meeting not confidential</source>
        <translation>Cyfarfod heb fod yn gyfrinachol</translation>
    </message>
    <message>
        <source>Lock minutes</source>
        <translation>Cloi&apos;r cofnodion</translation>
    </message>
    <message>
        <source>Re-open minutes</source>
        <translation>Ailagor y cofnodion</translation>
    </message>
    <message>
        <source>Why are the minutes being re-opened? (kept in the audit trail)</source>
        <translation>Pam mae&apos;r cofnodion yn cael eu hailagor? (cedwir yn y trywydd archwilio)</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <source>Meeting being recorded</source>
        <translation>Cyfarfod yn cael ei gofnodi</translation>
    </message>
    <message>
        <source>Show meetings of</source>
        <translation>Dangos cyfarfodydd</translation>
    </message>
    <message>
        <source>Schedule meeting…</source>
        <translation>Trefnu cyfarfod…</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Cyfarfodydd</translation>
    </message>
    <message>
        <source>No meetings yet</source>
        <translation>Dim cyfarfodydd eto</translation>
    </message>
    <message>
        <source>Set up your groups and their seats under People &amp; agencies, then schedule the first meeting of a group with &quot;Schedule meeting…&quot;.</source>
        <translation>Sefydlwch eich grwpiau a&apos;u seddi o dan Pobl ac asiantaethau, yna trefnwch gyfarfod cyntaf grŵp gyda &quot;Trefnu cyfarfod…&quot;.</translation>
    </message>
    <message>
        <source>Choose a meeting</source>
        <translation>Dewiswch gyfarfod</translation>
    </message>
    <message>
        <source>Pick a meeting on the left to build its agenda, take the register and write the minutes.</source>
        <translation>Dewiswch gyfarfod ar y chwith i lunio&apos;i agenda, cymryd y gofrestr ac ysgrifennu&apos;r cofnodion.</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Pob grŵp</translation>
    </message>
    <message>
        <source>{short_name} is being recorded. Finish recording it and open the other meeting?</source>
        <translation>Mae {short_name} yn cael ei gofnodi. Gorffen ei gofnodi ac agor y cyfarfod arall?</translation>
    </message>
    <message>
        <source>Add a group first, under People &amp; agencies.</source>
        <translation>Ychwanegwch grŵp yn gyntaf, o dan Pobl ac asiantaethau.</translation>
    </message>
    <message>
        <source>Schedule meeting on {on:%d %b %Y}</source>
        <translation>Trefnu cyfarfod ar {on:%d %b %Y}</translation>
    </message>
</context>
<context>
    <name>MembershipImportDialog</name>
    <message>
        <source> Already in the workspace (matched, not added again): {names}.</source>
        <translation> Eisoes yn y gweithle (wedi&apos;u paru, heb eu hychwanegu eto): {names}.</translation>
    </message>
    <message>
        <source>{members} seats with members, {vacant} vacant, {deputies} deputies on their own rows, {notes} notes.</source>
        <translation>{members} sedd gydag aelodau, {vacant} yn wag, {deputies} dirprwy ar eu rhesi eu hunain, {notes} nodyn.</translation>
    </message>
    <message>
        <source>Import members of {group} from {name}</source>
        <translation>Mewnforio aelodau {group} o {name}</translation>
    </message>
    <message>
        <source>Space ticks a seat as in attendance, not a member.</source>
        <translation>Mae Space yn ticio sedd fel un sydd hefyd yn bresennol, nid aelod.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Mewnforio</translation>
    </message>
    <message>
        <source>New holders start on</source>
        <translation>Deiliaid newydd yn dechrau ar</translation>
    </message>
</context>
<context>
    <name>MembershipImports</name>
    <message>
        <source>Choose the group the members belong to first.</source>
        <translation>Dewiswch y grŵp y mae&apos;r aelodau&apos;n perthyn iddo yn gyntaf.</translation>
    </message>
    <message>
        <source>Import a membership list</source>
        <translation>Mewnforio rhestr aelodaeth</translation>
    </message>
    <message>
        <source>Reading {name}</source>
        <translation>Yn darllen {name}</translation>
    </message>
    <message>
        <source>Import members of {name} from {name2}</source>
        <translation>Mewnforio aelodau {name} o {name2}</translation>
    </message>
    <message>
        <source>Imported {members} seats with members and {vacant} vacant seats into {name}. Edit › Undo takes the import back.</source>
        <translation>Mewnforiwyd {members} sedd gydag aelodau a {vacant} sedd wag i {name}. Mae Golygu › Dadwneud yn tynnu&apos;r mewnforio yn ôl.</translation>
    </message>
    <message>
        <source>Cannot import this file</source>
        <translation>Methu mewnforio&apos;r ffeil hon</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Methodd y mewnforio</translation>
    </message>
    <message>
        <source>Something went wrong ({kind}: {exc}). Nothing was imported; the details are in {log_file}.</source>
        <translation>Aeth rhywbeth o&apos;i le ({kind}: {exc}). Ni fewnforiwyd dim; mae&apos;r manylion yn {log_file}.</translation>
    </message>
</context>
<context>
    <name>MembershipRowsTableModel</name>
    <message>
        <source>Vacant</source>
        <translation>Gwag</translation>
    </message>
    <message>
        <source> (deputy: {name})</source>
        <translation> (dirprwy: {name})</translation>
    </message>
    <message>
        <source> for row {row}</source>
        <translation> ar gyfer rhes {row}</translation>
    </message>
</context>
<context>
    <name>MinutesEditor</name>
    <message>
        <source>These minutes ({parts}) are in conflict with the other copy: this copy&apos;s text is shown. Compare both and choose in File › Sync conflicts…</source>
        <translation>Mae&apos;r cofnodion hyn ({parts}) yn gwrthdaro â&apos;r copi arall: dangosir testun y copi hwn. Cymharwch y ddau a dewiswch yn Ffeil › Gwrthdaro cysoni…</translation>
    </message>
    <message>
        <source>[confidential]</source>
        <translation>[cyfrinachol]</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No agenda yet&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Dim agenda eto&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>These minutes are locked. Re-open them (Meeting › Re-open minutes…) to make a correction.</source>
        <translation>Mae&apos;r cofnodion hyn wedi&apos;u cloi. Ailagorwch nhw (Cyfarfod › Ailagor y cofnodion…) i wneud cywiriad.</translation>
    </message>
    <message>
        <source>Agreed as a true record on {agreed_at_date:%d %B %Y}.</source>
        <translation>Cytunwyd eu bod yn gofnod cywir ar {agreed_at_date:%d %B %Y}.</translation>
    </message>
    <message>
        <source>Build the agenda first (Agenda tab), then take the minutes item by item here.</source>
        <translation>Lluniwch yr agenda yn gyntaf (tab Agenda), yna cymerwch y cofnodion fesul eitem yma.</translation>
    </message>
    <message>
        <source>Minutes: {part}</source>
        <translation>Cofnodion: {part}</translation>
    </message>
</context>
<context>
    <name>MinutesHeadingsDialog</name>
    <message>
        <source>Minute headings</source>
        <translation>Penawdau cofnodion</translation>
    </message>
    <message>
        <source>The words &lt;b&gt;{group}&lt;/b&gt; minutes its items under, on screen and in every paper. Leave a box empty for the usual word.</source>
        <translation>Y geiriau y mae &lt;b&gt;{group}&lt;/b&gt; yn cofnodi ei eitemau oddi tanynt, ar y sgrin ac ym mhob papur. Gadewch flwch yn wag i gael y gair arferol.</translation>
    </message>
    <message>
        <source>Heading for {part}</source>
        <translation>Pennawd ar gyfer {part}</translation>
    </message>
</context>
<context>
    <name>MoveRows</name>
    <message>
        <source>Move {rows} up</source>
        <translation>Symud {rows} i fyny</translation>
    </message>
    <message>
        <source>Move {rows} down</source>
        <translation>Symud {rows} i lawr</translation>
    </message>
</context>
<context>
    <name>NewPlanCommand</name>
    <message>
        <source>New plan “{title}”</source>
        <translation>Cynllun newydd “{title}”</translation>
    </message>
</context>
<context>
    <name>NewPlanDialog</name>
    <message>
        <source>New plan</source>
        <translation>Cynllun newydd</translation>
    </message>
    <message>
        <source>e.g. Business Plan 2025-26</source>
        <translation>e.e. Cynllun Busnes 2025-26</translation>
    </message>
    <message>
        <source>Its shape, with a first heading to name</source>
        <translation>Ei siâp, gyda phennawd cyntaf i&apos;w enwi</translation>
    </message>
    <message>
        <source>A copy of the structure of “{title}”{year}</source>
        <translation>Copi o strwythur “{title}”{year}</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Bwrdd</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Math</translation>
    </message>
    <message>
        <source>Financial year</source>
        <translation>Blwyddyn ariannol</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Teitl</translation>
    </message>
    <message>
        <source>Start from</source>
        <translation>Dechrau o</translation>
    </message>
    <message>
        <source>Laid out as {levels}{rows}.</source>
        <translation>Wedi&apos;i osod fel {levels}{rows}.</translation>
    </message>
    <message>
        <source>“{text}” is not a financial year: write it as 2025-26.</source>
        <translation>Nid yw “{text}” yn flwyddyn ariannol: ysgrifennwch hi fel 2025-26.</translation>
    </message>
</context>
<context>
    <name>NextYear</name>
    <message numerus="yes">
        <source>Next year&apos;s plan started: %n open row(s) carried forward, each linked to last year&apos;s.</source>
        <translation>
            <numerusform>Dechreuwyd cynllun y flwyddyn nesaf: dygwyd %n rhes agored ymlaen, pob un wedi&apos;i chysylltu â rhes y llynedd.</numerusform>
            <numerusform>Dechreuwyd cynllun y flwyddyn nesaf: dygwyd %n rhes agored ymlaen, pob un wedi&apos;i chysylltu â rhes y llynedd.</numerusform>
            <numerusform>Dechreuwyd cynllun y flwyddyn nesaf: dygwyd %n rhes agored ymlaen, pob un wedi&apos;i chysylltu â rhes y llynedd.</numerusform>
            <numerusform>Dechreuwyd cynllun y flwyddyn nesaf: dygwyd %n rhes agored ymlaen, pob un wedi&apos;i chysylltu â rhes y llynedd.</numerusform>
            <numerusform>Dechreuwyd cynllun y flwyddyn nesaf: dygwyd %n rhes agored ymlaen, pob un wedi&apos;i chysylltu â rhes y llynedd.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NextYearCommand</name>
    <message>
        <source>Start next year&apos;s plan</source>
        <translation>Dechrau cynllun y flwyddyn nesaf</translation>
    </message>
</context>
<context>
    <name>OpenCheck</name>
    <message>
        <source>The workspace could not be checked just now ({exc}); it is checked again next time.</source>
        <translation>Methu gwirio&apos;r gweithle ar hyn o bryd ({exc}); caiff ei wirio eto y tro nesaf.</translation>
    </message>
    <message>
        <source>The workspace is damaged</source>
        <translation>Mae&apos;r gweithle wedi&apos;i ddifrodi</translation>
    </message>
    <message>
        <source>{path} is damaged ({status}). It was closed before the check ended and was left as it is: open it again to be offered its newest good backup.</source>
        <translation>Mae {path} wedi&apos;i ddifrodi ({status}). Caewyd ef cyn i&apos;r gwiriad orffen a&apos;i adael fel y mae: agorwch ef eto i gael cynnig ei gopi wrth gefn da diweddaraf.</translation>
    </message>
    <message>
        <source>{path} is damaged ({status}). It was left as it is.</source>
        <translation>Mae {path} wedi&apos;i ddifrodi ({status}). Fe&apos;i gadawyd fel y mae.</translation>
    </message>
    <message>
        <source>The check that runs after a workspace opens found damage, so it was closed. </source>
        <translation>Canfu&apos;r gwiriad sy&apos;n rhedeg ar ôl i weithle agor ddifrod, felly caewyd ef. </translation>
    </message>
</context>
<context>
    <name>OpeningNote</name>
    <message>
        <source>Opening {name}…</source>
        <translation>Yn agor {name}…</translation>
    </message>
</context>
<context>
    <name>OutlineEditor</name>
    <message>
        <source>Add {word} (a business plan&apos;s)</source>
        <translation>Ychwanegu {word} (un cynllun busnes)</translation>
    </message>
    <message>
        <source>e.g. para 258, S.132 (2)</source>
        <translation>e.e. para 258, A.132 (2)</translation>
    </message>
    <message>
        <source>Further text: an evidence framework, a priority&apos;s statement</source>
        <translation>Testun pellach: fframwaith tystiolaeth, datganiad blaenoriaeth</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Rhif</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Cyfeirnod</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Testun</translation>
    </message>
    <message>
        <source>Add {level}</source>
        <translation>Ychwanegu {level}</translation>
    </message>
    <message>
        <source>Add a nested {row}</source>
        <translation>Ychwanegu {row} wedi&apos;i nythu</translation>
    </message>
    <message>
        <source>Nothing goes under a footnote: Insert adds a line beside it.</source>
        <translation>Does dim yn mynd o dan droednodyn: mae Insert yn ychwanegu llinell wrth ei ochr.</translation>
    </message>
    <message>
        <source>Nothing goes under this: Insert adds a line beside it.</source>
        <translation>Does dim yn mynd o dan hwn: mae Insert yn ychwanegu llinell wrth ei ochr.</translation>
    </message>
    <message>
        <source>A {label} has no {word}.</source>
        <translation>Does gan {label} ddim {word}.</translation>
    </message>
    <message>
        <source>Move {label} up</source>
        <translation>Symud {label} i fyny</translation>
    </message>
    <message>
        <source>Move {label} down</source>
        <translation>Symud {label} i lawr</translation>
    </message>
    <message>
        <source>Indent {label}</source>
        <translation>Mewnoli {label}</translation>
    </message>
    <message>
        <source>Outdent {label}</source>
        <translation>Allanoli {label}</translation>
    </message>
    <message numerus="yes">
        <source> and %n row(s) under it</source>
        <translation>
            <numerusform> a %n rhes oddi tano</numerusform>
            <numerusform> a %n rhes oddi tano</numerusform>
            <numerusform> a %n rhes oddi tano</numerusform>
            <numerusform> a %n rhes oddi tano</numerusform>
            <numerusform> a %n rhes oddi tano</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted {label}{under}. Edit › Undo brings it back.</source>
        <translation>Dilëwyd {label}{under}. Mae Golygu › Dadwneud yn dod ag ef yn ôl.</translation>
    </message>
    <message>
        <source>Rename {node_label}</source>
        <translation>Ailenwi {node_label}</translation>
    </message>
    <message>
        <source>number</source>
        <translation>rhif</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>cyfeirnod</translation>
    </message>
    <message>
        <source>text</source>
        <translation>testun</translation>
    </message>
    <message>
        <source>Change the {what} of {node_label}</source>
        <translation>Newid {what} {node_label}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Whole plan&lt;/b&gt;</source>
        <translation>&lt;b&gt;Y cynllun cyfan&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Choose a line to read it in full. Insert adds a heading; Ctrl+N adds one under it.</source>
        <translation>Dewiswch linell i&apos;w darllen yn llawn. Mae Insert yn ychwanegu pennawd; mae Ctrl+N yn ychwanegu un oddi tani.</translation>
    </message>
    <message>
        <source>(no words yet: F2 to name it)</source>
        <translation>(dim geiriau eto: F2 i&apos;w enwi)</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Choose a passphrase</source>
        <translation>Dewiswch gyfrinymadrodd</translation>
    </message>
    <message>
        <source>Encrypted workspace</source>
        <translation>Gweithle wedi&apos;i amgryptio</translation>
    </message>
    <message>
        <source>The encrypted copy {name} will open only with this passphrase.</source>
        <translation>Dim ond gyda&apos;r cyfrinymadrodd hwn y bydd y copi wedi&apos;i amgryptio {name} yn agor.</translation>
    </message>
    <message>
        <source>{name} is encrypted. Type its passphrase to open it.</source>
        <translation>Mae {name} wedi&apos;i amgryptio. Teipiwch ei gyfrinymadrodd i&apos;w agor.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Cyfrinymadrodd:</translation>
    </message>
    <message>
        <source>&amp;Remember on this computer (kept in the system&apos;s keyring)</source>
        <translation>&amp;Cofio ar y cyfrifiadur hwn (wedi&apos;i gadw yng nghylch allweddi&apos;r system)</translation>
    </message>
    <message>
        <source>The same passphrase &amp;again:</source>
        <translation>Yr un cyfrinymadrodd &amp;eto:</translation>
    </message>
</context>
<context>
    <name>PdfPages</name>
    <message>
        <source>the printer could not be started</source>
        <translation>methu cychwyn yr argraffydd</translation>
    </message>
</context>
<context>
    <name>PeopleColumns</name>
    <message>
        <source>{person} since {day}</source>
        <translation>{person} ers {day}</translation>
    </message>
    <message>
        <source> (retired {day})</source>
        <translation> (wedi&apos;i hymddeol {day})</translation>
    </message>
    <message>
        <source>Vacant</source>
        <translation>Gwag</translation>
    </message>
    <message>
        <source>left {day}</source>
        <translation>gadawodd {day}</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ie</translation>
    </message>
    <message>
        <source>after {day}</source>
        <translation>ar ôl {day}</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Ended {day}.&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Daeth i ben {day}.&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;Purpose not set: Terms of reference… adds it.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Diben heb ei osod: mae Cylch gorchwyl… yn ei ychwanegu.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Duties:&lt;/p&gt;</source>
        <translation>&lt;p&gt;Dyletswyddau:&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Meets {cadence}; quorate with {quorum}; {seats} member seats.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Yn cyfarfod {cadence}; cworwm gyda {quorum}; {seats} sedd aelod.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>(cadence not set)</source>
        <translation>(amlder heb ei osod)</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>Group</source>
        <translation>Grŵp</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Math</translation>
    </message>
    <message>
        <source>Meets</source>
        <translation>Yn cyfarfod</translation>
    </message>
    <message>
        <source>Quorum</source>
        <translation>Cworwm</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grwpiau</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Seddi</translation>
    </message>
    <message>
        <source>No seats yet</source>
        <translation>Dim seddi eto</translation>
    </message>
    <message>
        <source>Add the group&apos;s seats: &quot;Chief constable or nominated deputy&quot;, &quot;Independent chair&quot;... or import a membership list. People change; seats stay.</source>
        <translation>Ychwanegwch seddi&apos;r grŵp: &quot;Prif gwnstabl neu ddirprwy enwebedig&quot;, &quot;Cadeirydd annibynnol&quot;... neu mewnforiwch restr aelodaeth. Mae pobl yn newid; mae seddi&apos;n aros.</translation>
    </message>
    <message>
        <source>Standing items</source>
        <translation>Eitemau sefydlog</translation>
    </message>
    <message>
        <source>No standing items yet</source>
        <translation>Dim eitemau sefydlog eto</translation>
    </message>
    <message>
        <source>Items every agenda of the group starts with: apologies, minutes of the last meeting, matters arising...</source>
        <translation>Eitemau y mae pob agenda o&apos;r grŵp yn dechrau â nhw: ymddiheuriadau, cofnodion y cyfarfod diwethaf, materion yn codi...</translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation>Asiantaethau</translation>
    </message>
    <message>
        <source>No agencies yet</source>
        <translation>Dim asiantaethau eto</translation>
    </message>
    <message>
        <source>Add the partner agencies: the council, police, health bodies, probation...</source>
        <translation>Ychwanegwch yr asiantaethau partner: y cyngor, yr heddlu, cyrff iechyd, y gwasanaeth prawf...</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Pobl</translation>
    </message>
    <message>
        <source>No people yet</source>
        <translation>Dim pobl eto</translation>
    </message>
    <message>
        <source>Add the members who hold the seats, and their agencies.</source>
        <translation>Ychwanegwch yr aelodau sy&apos;n dal y seddi, a&apos;u hasiantaethau.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Groups&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Grwpiau&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>Add group…</source>
        <translation>Grŵp newydd…</translation>
    </message>
    <message>
        <source>Terms of reference…</source>
        <translation>Cylch gorchwyl…</translation>
    </message>
    <message>
        <source>Cadence and quorum…</source>
        <translation>Amlder a chworwm…</translation>
    </message>
    <message>
        <source>End group…</source>
        <translation>Cau&apos;r grŵp…</translation>
    </message>
    <message>
        <source>Add seat…</source>
        <translation>Sedd newydd…</translation>
    </message>
    <message>
        <source>Edit seat…</source>
        <translation>Golygu sedd…</translation>
    </message>
    <message>
        <source>Appoint…</source>
        <translation>Penodi…</translation>
    </message>
    <message>
        <source>Holder leaves…</source>
        <translation>Deiliad yn gadael…</translation>
    </message>
    <message>
        <source>Retire seat…</source>
        <translation>Ymddeol sedd…</translation>
    </message>
    <message>
        <source>Import members…</source>
        <translation>Mewnforio aelodau…</translation>
    </message>
    <message>
        <source>Membership paper…</source>
        <translation>Papur aelodaeth…</translation>
    </message>
    <message>
        <source>Add item…</source>
        <translation>Eitem newydd…</translation>
    </message>
    <message>
        <source>Edit item…</source>
        <translation>Golygu eitem…</translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation>Dileu eitem</translation>
    </message>
    <message>
        <source>Add agency…</source>
        <translation>Asiantaeth newydd…</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>Cywiro…</translation>
    </message>
    <message>
        <source>Retire…</source>
        <translation>Ymddeol…</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Cyfuno…</translation>
    </message>
    <message>
        <source>Add person…</source>
        <translation>Person newydd…</translation>
    </message>
    <message>
        <source>Leaves…</source>
        <translation>Yn gadael…</translation>
    </message>
    <message>
        <source>No board yet</source>
        <translation>Dim bwrdd eto</translation>
    </message>
    <message>
        <source>Create a workspace with a board (File › New workspace); its groups, seats, agencies and people are kept here.</source>
        <translation>Crëwch weithle gyda bwrdd (Ffeil › Gweithle newydd); cedwir ei grwpiau, seddi, asiantaethau a phobl yma.</translation>
    </message>
    <message>
        <source> (ended {when})</source>
        <translation> (daeth i ben {when})</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Seats&lt;/h3&gt;Choose a group.</source>
        <translation>&lt;h3&gt;Seddi&lt;/h3&gt;Dewiswch grŵp.</translation>
    </message>
    <message>
        <source>Choose {what} first.</source>
        <translation>Dewiswch {what} yn gyntaf.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(dim)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Enw byr</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Statutory partner (council, police, health)</source>
        <translation>Partner statudol (cyngor, heddlu, iechyd)</translation>
    </message>
    <message>
        <source>Add agency</source>
        <translation>Ychwanegu asiantaeth</translation>
    </message>
    <message>
        <source>Add agency {name}</source>
        <translation>Ychwanegu asiantaeth {name}</translation>
    </message>
    <message>
        <source>an agency</source>
        <translation>asiantaeth</translation>
    </message>
    <message>
        <source>Correct {name}</source>
        <translation>Cywiro {name}</translation>
    </message>
    <message>
        <source>{name} is no longer a partner</source>
        <translation>Nid yw {name} yn bartner mwyach</translation>
    </message>
    <message>
        <source>Last day as a partner</source>
        <translation>Diwrnod olaf fel partner</translation>
    </message>
    <message>
        <source>the agency entered twice</source>
        <translation>yr asiantaeth a gofnodwyd ddwywaith</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Teitl swydd</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Asiantaeth</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-bost</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Ychwanegu person</translation>
    </message>
    <message>
        <source>Add {name}</source>
        <translation>Ychwanegu {name}</translation>
    </message>
    <message>
        <source>a person</source>
        <translation>person</translation>
    </message>
    <message>
        <source>{name} leaves</source>
        <translation>{name} yn gadael</translation>
    </message>
    <message>
        <source>Last day (their seats are vacant from the next)</source>
        <translation>Diwrnod olaf (mae eu seddi&apos;n wag o&apos;r diwrnod wedyn)</translation>
    </message>
    <message>
        <source>the person entered twice</source>
        <translation>y person a gofnodwyd ddwywaith</translation>
    </message>
    <message>
        <source>Merge {name}</source>
        <translation>Cyfuno {name}</translation>
    </message>
    <message>
        <source>Merge {name} into</source>
        <translation>Cyfuno {name} i mewn i</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(lefel uchaf)</translation>
    </message>
    <message>
        <source>Add group</source>
        <translation>Ychwanegu grŵp</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>Rhan o</translation>
    </message>
    <message>
        <source>Add group {name}</source>
        <translation>Ychwanegu grŵp {name}</translation>
    </message>
    <message>
        <source>{name}: terms of reference</source>
        <translation>{name}: cylch gorchwyl</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Diben</translation>
    </message>
    <message>
        <source>Duties (one a line)</source>
        <translation>Dyletswyddau (un ar bob llinell)</translation>
    </message>
    <message>
        <source>{name} ends</source>
        <translation>{name} yn dod i ben</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Diwrnod olaf</translation>
    </message>
    <message>
        <source>Quorum: voting seats (blank for a majority)</source>
        <translation>Cworwm: seddi pleidleisio (gwag ar gyfer mwyafrif)</translation>
    </message>
    <message>
        <source>{name} must be there</source>
        <translation>Rhaid i {name} fod yno</translation>
    </message>
    <message>
        <source>{name}: cadence and quorum</source>
        <translation>{name}: amlder a chworwm</translation>
    </message>
    <message>
        <source>The quorum is a number of voting seats, e.g. 5.</source>
        <translation>Nifer o seddi pleidleisio yw&apos;r cworwm, e.e. 5.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Eitem</translation>
    </message>
    <message>
        <source>Brings in</source>
        <translation>Yn dod â</translation>
    </message>
    <message>
        <source>Add standing item</source>
        <translation>Ychwanegu eitem sefydlog</translation>
    </message>
    <message>
        <source>Add standing item {title}</source>
        <translation>Ychwanegu eitem sefydlog {title}</translation>
    </message>
    <message>
        <source>a standing item</source>
        <translation>eitem sefydlog</translation>
    </message>
    <message>
        <source>Edit {title}</source>
        <translation>Golygu {title}</translation>
    </message>
    <message>
        <source>Edit standing item {title}</source>
        <translation>Golygu eitem sefydlog {title}</translation>
    </message>
    <message>
        <source>Remove standing item {title}</source>
        <translation>Dileu eitem sefydlog {title}</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>Sedd</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôl</translation>
    </message>
    <message>
        <source>Voting member</source>
        <translation>Aelod â phleidlais</translation>
    </message>
    <message>
        <source>In attendance, not a member (left out of attendance rates and quorum)</source>
        <translation>Hefyd yn bresennol, nid yn aelod (wedi&apos;i hepgor o gyfraddau presenoldeb a&apos;r cworwm)</translation>
    </message>
    <message>
        <source>Add seat</source>
        <translation>Ychwanegu sedd</translation>
    </message>
    <message>
        <source>Add seat {title}</source>
        <translation>Ychwanegu sedd {title}</translation>
    </message>
    <message>
        <source>a seat</source>
        <translation>sedd</translation>
    </message>
    <message>
        <source>Edit seat {title}</source>
        <translation>Golygu sedd {title}</translation>
    </message>
    <message>
        <source>Retire {title}</source>
        <translation>Ymddeol {title}</translation>
    </message>
    <message>
        <source>Last meeting day it counts (earlier registers keep it)</source>
        <translation>Diwrnod cyfarfod olaf y mae&apos;n cyfrif (mae cofrestrau cynharach yn ei chadw)</translation>
    </message>
    <message>
        <source>Choose a seat first.</source>
        <translation>Dewiswch sedd yn gyntaf.</translation>
    </message>
    <message>
        <source>Appoint to {title}</source>
        <translation>Penodi i {title}</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>From</source>
        <translation>O</translation>
    </message>
    <message>
        <source>Choose a seat that has a holder.</source>
        <translation>Dewiswch sedd sydd â deiliad.</translation>
    </message>
    <message>
        <source>{person} leaves {title}</source>
        <translation>{person} yn gadael {title}</translation>
    </message>
    <message>
        <source>{person} leaves</source>
        <translation>{person} yn gadael</translation>
    </message>
</context>
<context>
    <name>PlanTree</name>
    <message numerus="yes">
        <source>Whole plan (%n row(s))</source>
        <translation>
            <numerusform>Y cynllun cyfan (%n rhes)</numerusform>
            <numerusform>Y cynllun cyfan (%n rhes)</numerusform>
            <numerusform>Y cynllun cyfan (%n rhes)</numerusform>
            <numerusform>Y cynllun cyfan (%n rhes)</numerusform>
            <numerusform>Y cynllun cyfan (%n rhes)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message>
        <source>Action plan</source>
        <translation>Cynllun gweithredu</translation>
    </message>
    <message>
        <source>Plan outline</source>
        <translation>Amlinelliad y cynllun</translation>
    </message>
    <message>
        <source>Insert above</source>
        <translation>Mewnosod uwchben</translation>
    </message>
    <message>
        <source>Insert as many empty rows above as are selected</source>
        <translation>Mewnosod cynifer o resi gwag uwchben ag sydd wedi&apos;u dewis</translation>
    </message>
    <message>
        <source>Insert below</source>
        <translation>Mewnosod islaw</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dyblygu</translation>
    </message>
    <message>
        <source>Copy the selected rows below them</source>
        <translation>Copïo&apos;r rhesi a ddewiswyd oddi tanynt</translation>
    </message>
    <message>
        <source>Delete rows</source>
        <translation>Dileu rhesi</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Symud i fyny</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Symud i lawr</translation>
    </message>
    <message>
        <source>Nest</source>
        <translation>Nythu</translation>
    </message>
    <message>
        <source>Put a work plan&apos;s activity under the activity above it</source>
        <translation>Rhoi gweithgaredd cynllun gwaith o dan y gweithgaredd uwch ei ben</translation>
    </message>
    <message>
        <source>Un-nest</source>
        <translation>Dad-nythu</translation>
    </message>
    <message>
        <source>Take the activity up a level</source>
        <translation>Codi&apos;r gweithgaredd lefel</translation>
    </message>
    <message>
        <source>Renumber…</source>
        <translation>Ailrifo…</translation>
    </message>
    <message>
        <source>Offer a tidy numbering within each priority; your own numbers stay until you agree</source>
        <translation>Cynnig rhifo taclus o fewn pob blaenoriaeth; mae eich rhifau eich hun yn aros nes i chi gytuno</translation>
    </message>
    <message>
        <source>Plan order</source>
        <translation>Trefn y cynllun</translation>
    </message>
    <message>
        <source>Back to the plan&apos;s own order after sorting by a column</source>
        <translation>Yn ôl i drefn y cynllun ei hun ar ôl trefnu yn ôl colofn</translation>
    </message>
    <message>
        <source>Headings</source>
        <translation>Penawdau</translation>
    </message>
    <message>
        <source>Show the plan&apos;s priorities, outcomes, duties and responsibilities as rows between the actions</source>
        <translation>Dangos blaenoriaethau, canlyniadau, dyletswyddau a chyfrifoldebau&apos;r cynllun fel rhesi rhwng y camau gweithredu</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Canfod</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colofnau</translation>
    </message>
    <message>
        <source>Confidential (left out of public exports)</source>
        <translation>Cyfrinachol (wedi&apos;i hepgor o allforion cyhoeddus)</translation>
    </message>
    <message>
        <source>Showing {count} rows…</source>
        <translation>Yn dangos {count} rhes…</translation>
    </message>
    <message>
        <source>No rating {count}</source>
        <translation>Dim sgôr {count}</translation>
    </message>
    <message numerus="yes">
        <source>Showing {shown} of %n row(s)</source>
        <translation>
            <numerusform>Yn dangos {shown} o %n rhes</numerusform>
            <numerusform>Yn dangos {shown} o %n rhes</numerusform>
            <numerusform>Yn dangos {shown} o %n rhes</numerusform>
            <numerusform>Yn dangos {shown} o %n rhes</numerusform>
            <numerusform>Yn dangos {shown} o %n rhes</numerusform>
        </translation>
    </message>
    <message>
        <source>  ·  Headings of the rows shown</source>
        <translation>  ·  Penawdau&apos;r rhesi a ddangosir</translation>
    </message>
    <message>
        <source>  ·  Sorted: headings hidden until Plan order</source>
        <translation>  ·  Wedi&apos;u trefnu: penawdau&apos;n gudd tan Trefn y cynllun</translation>
    </message>
    <message>
        <source>action {number}</source>
        <translation>cam gweithredu {number}</translation>
    </message>
    <message>
        <source>this action</source>
        <translation>y cam gweithredu hwn</translation>
    </message>
    <message>
        <source>Rows move in the plan&apos;s own order: choose Plan order first.</source>
        <translation>Mae rhesi&apos;n symud yn nhrefn y cynllun ei hun: dewiswch Trefn y cynllun yn gyntaf.</translation>
    </message>
    <message>
        <source>Nest the activity under the row above</source>
        <translation>Nythu&apos;r gweithgaredd o dan y rhes uwchben</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n row(s) confidential</source>
        <translation>
            <numerusform>Nodi %n rhes yn gyfrinachol</numerusform>
            <numerusform>Nodi %n rhes yn gyfrinachol</numerusform>
            <numerusform>Nodi %n rhes yn gyfrinachol</numerusform>
            <numerusform>Nodi %n rhes yn gyfrinachol</numerusform>
            <numerusform>Nodi %n rhes yn gyfrinachol</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n row(s) not confidential</source>
        <translation>
            <numerusform>Nodi %n rhes heb fod yn gyfrinachol</numerusform>
            <numerusform>Nodi %n rhes heb fod yn gyfrinachol</numerusform>
            <numerusform>Nodi %n rhes heb fod yn gyfrinachol</numerusform>
            <numerusform>Nodi %n rhes heb fod yn gyfrinachol</numerusform>
            <numerusform>Nodi %n rhes heb fod yn gyfrinachol</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename “{short}” for this plan…</source>
        <translation>Ailenwi “{short}” ar gyfer y cynllun hwn…</translation>
    </message>
    <message>
        <source>Use the standard headings</source>
        <translation>Defnyddio&apos;r penawdau safonol</translation>
    </message>
    <message>
        <source>Rename heading</source>
        <translation>Ailenwi pennawd</translation>
    </message>
    <message>
        <source>This plan&apos;s heading for the column:</source>
        <translation>Pennawd y cynllun hwn ar gyfer y golofn:</translation>
    </message>
    <message>
        <source>Rename column headings</source>
        <translation>Ailenwi penawdau colofnau</translation>
    </message>
    <message>
        <source>The numbers are already in order: nothing to renumber.</source>
        <translation>Mae&apos;r rhifau mewn trefn eisoes: dim i&apos;w ailrifo.</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… a {count} arall</translation>
    </message>
    <message>
        <source>Renumber the plan?</source>
        <translation>Ailrifo&apos;r cynllun?</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) would get a new number:</source>
        <translation>
            <numerusform>Byddai %n rhes yn cael rhif newydd:</numerusform>
            <numerusform>Byddai %n rhes yn cael rhif newydd:</numerusform>
            <numerusform>Byddai %n rhes yn cael rhif newydd:</numerusform>
            <numerusform>Byddai %n rhes yn cael rhif newydd:</numerusform>
            <numerusform>Byddai %n rhes yn cael rhif newydd:</numerusform>
        </translation>
    </message>
    <message>
        <source>This is one step: Edit › Undo puts every number back.</source>
        <translation>Un cam yw hwn: mae Golygu › Dadwneud yn rhoi pob rhif yn ôl.</translation>
    </message>
    <message numerus="yes">
        <source>Renumber %n row(s)</source>
        <translation>
            <numerusform>Ailrifo %n rhes</numerusform>
            <numerusform>Ailrifo %n rhes</numerusform>
            <numerusform>Ailrifo %n rhes</numerusform>
            <numerusform>Ailrifo %n rhes</numerusform>
            <numerusform>Ailrifo %n rhes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlansPage</name>
    <message>
        <source>Plans</source>
        <translation>Cynlluniau</translation>
    </message>
    <message>
        <source>Import report…</source>
        <translation>Adroddiad mewnforio…</translation>
    </message>
    <message>
        <source>What the import of this plan understood, row by row</source>
        <translation>Beth a ddeallodd mewnforio&apos;r cynllun hwn, fesul rhes</translation>
    </message>
    <message>
        <source>Start next year&apos;s plan…</source>
        <translation>Dechrau cynllun y flwyddyn nesaf…</translation>
    </message>
    <message>
        <source>A copy of this plan for the next financial year, its open rows carried forward and linked to this year&apos;s</source>
        <translation>Copi o&apos;r cynllun hwn ar gyfer y flwyddyn ariannol nesaf, gyda&apos;i resi agored wedi&apos;u dwyn ymlaen a&apos;u cysylltu â rhai eleni</translation>
    </message>
    <message>
        <source>No plans yet</source>
        <translation>Dim cynlluniau eto</translation>
    </message>
    <message>
        <source>File › Import a plan from Excel or Word, or File › New plan.</source>
        <translation>Ffeil › Mewnforio cynllun o Excel neu Word, neu Ffeil › Cynllun newydd.</translation>
    </message>
</context>
<context>
    <name>PrintFlow</name>
    <message>
        <source>Preparing the paper to print</source>
        <translation>Yn paratoi&apos;r papur i&apos;w argraffu</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Rhagolwg argraffu</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>A&amp;rgraffu…</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
</context>
<context>
    <name>RegisterTableModel</name>
    <message>
        <source>{title} (in attendance, not a member)</source>
        <translation>{title} (hefyd yn bresennol, nid yn aelod)</translation>
    </message>
    <message>
        <source>{title} (non-voting)</source>
        <translation>{title} (heb bleidlais)</translation>
    </message>
    <message>
        <source>(vacant)</source>
        <translation>(gwag)</translation>
    </message>
</context>
<context>
    <name>RegisterWidget</name>
    <message>
        <source>Register: one row a seat</source>
        <translation>Cofrestr: un rhes i bob sedd</translation>
    </message>
    <message>
        <source>Add someone in attendance: name, role (Enter)</source>
        <translation>Ychwanegu rhywun sydd hefyd yn bresennol: enw, rôl (Enter)</translation>
    </message>
    <message>
        <source>In attendance:</source>
        <translation>Hefyd yn bresennol:</translation>
    </message>
    <message>
        <source>Present {present} · by deputy {deputy} · apologies {apologies} · absent {absent} · not yet marked {unmarked}</source>
        <translation>Presennol {present} · drwy ddirprwy {deputy} · ymddiheuriadau {apologies} · absennol {absent} · heb eu marcio eto {unmarked}</translation>
    </message>
    <message>
        <source>Deputy for {title}:</source>
        <translation>Dirprwy ar gyfer {title}:</translation>
    </message>
    <message>
        <source>{who} arrived at item:</source>
        <translation>Cyrhaeddodd {who} yn eitem:</translation>
    </message>
    <message>
        <source>{who} left at item:</source>
        <translation>Gadawodd {who} yn eitem:</translation>
    </message>
    <message>
        <source>Clear the mark</source>
        <translation>Clirio&apos;r marc</translation>
    </message>
    <message>
        <source>Mark {seat}: {mark}</source>
        <translation>Marcio {seat}: {mark}</translation>
    </message>
    <message>
        <source>Deputy for {title}: {text}</source>
        <translation>Dirprwy ar gyfer {title}: {text}</translation>
    </message>
    <message>
        <source>There is no agenda item {text!r}: type its number, e.g. 4.</source>
        <translation>Does dim eitem agenda {text!r}: teipiwch ei rhif, e.e. 4.</translation>
    </message>
    <message>
        <source>{who} arrived at item {number}</source>
        <translation>Cyrhaeddodd {who} yn eitem {number}</translation>
    </message>
    <message>
        <source>{who} left at item {number}</source>
        <translation>Gadawodd {who} yn eitem {number}</translation>
    </message>
    <message>
        <source>Add {name} in attendance</source>
        <translation>Ychwanegu {name} fel rhywun sydd hefyd yn bresennol</translation>
    </message>
    <message>
        <source>Remove from in attendance</source>
        <translation>Tynnu o&apos;r rhai sydd hefyd yn bresennol</translation>
    </message>
</context>
<context>
    <name>ReviewForm</name>
    <message>
        <source>“{text}” is not a date: type it as 31/03/2026.</source>
        <translation>Nid yw “{text}” yn ddyddiad: teipiwch ef fel 31/03/2026.</translation>
    </message>
    <message>
        <source>Confidential (left out of public papers)</source>
        <translation>Cyfrinachol (wedi&apos;i hepgor o bapurau cyhoeddus)</translation>
    </message>
    <message>
        <source>Clocks</source>
        <translation>Clociau</translation>
    </message>
    <message>
        <source>dd/mm/yyyy, or blank</source>
        <translation>dd/mm/bbbb, neu&apos;n wag</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>Progress reported for the selected action (Enter records it)</source>
        <translation>Cynnydd a adroddwyd ar gyfer y cam gweithredu a ddewiswyd (mae Enter yn ei gofnodi)</translation>
    </message>
    <message>
        <source>No open actions from this group&apos;s earlier meetings or plans.</source>
        <translation>Dim camau gweithredu agored o gyfarfodydd neu gynlluniau cynharach y grŵp hwn.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Matters arising: actions to review&lt;/b&gt; (C completed · F carried forward · B closed by the board · O open; type progress below)</source>
        <translation>&lt;b&gt;Materion yn codi: camau gweithredu i&apos;w hadolygu&lt;/b&gt; (C wedi&apos;i gwblhau · F wedi&apos;i ddwyn ymlaen · B wedi&apos;i gau gan y bwrdd · O agored; teipiwch y cynnydd isod)</translation>
    </message>
    <message>
        <source>Action: {status}</source>
        <translation>Cam gweithredu: {status}</translation>
    </message>
    <message>
        <source>Record progress</source>
        <translation>Cofnodi cynnydd</translation>
    </message>
</context>
<context>
    <name>ReviewsPage</name>
    <message>
        <source>Case reviews</source>
        <translation>Adolygiadau achos</translation>
    </message>
    <message>
        <source>No case reviews yet</source>
        <translation>Dim adolygiadau achos eto</translation>
    </message>
    <message>
        <source>Add a review when the board learns of a serious incident: its clocks start from that day.</source>
        <translation>Ychwanegwch adolygiad pan fydd y bwrdd yn dysgu am ddigwyddiad difrifol: mae ei glociau&apos;n dechrau o&apos;r diwrnod hwnnw.</translation>
    </message>
    <message>
        <source>Add review</source>
        <translation>Ychwanegu adolygiad</translation>
    </message>
    <message>
        <source>Working days skip the bank holidays of</source>
        <translation>Mae diwrnodau gwaith yn hepgor gwyliau banc</translation>
    </message>
    <message>
        <source>Notification is due 5 working days after the board learns of the incident; the rapid review 15 working days after notification; a local review&apos;s report about 6 months after the decision to hold one (adult reviews run only that last clock).</source>
        <translation>Mae&apos;r hysbysiad yn ddyledus 5 diwrnod gwaith ar ôl i&apos;r bwrdd ddysgu am y digwyddiad; yr adolygiad cyflym 15 diwrnod gwaith ar ôl yr hysbysiad; adroddiad adolygiad lleol tua 6 mis ar ôl y penderfyniad i gynnal un (dim ond y cloc olaf hwnnw sy&apos;n rhedeg ar gyfer adolygiadau oedolion).</translation>
    </message>
    <message>
        <source>Open action plan</source>
        <translation>Agor y cynllun gweithredu</translation>
    </message>
    <message>
        <source>Create action plan</source>
        <translation>Creu cynllun gweithredu</translation>
    </message>
    <message>
        <source>Create a workspace with a board first.</source>
        <translation>Crëwch weithle gyda bwrdd yn gyntaf.</translation>
    </message>
    <message>
        <source>New review {today:%d/%m/%Y}</source>
        <translation>Adolygiad newydd {today:%d/%m/%Y}</translation>
    </message>
    <message>
        <source>Add case review</source>
        <translation>Ychwanegu adolygiad achos</translation>
    </message>
    <message>
        <source>{reference}: create action plan</source>
        <translation>{reference}: creu cynllun gweithredu</translation>
    </message>
    <message>
        <source>Bank holidays of {nation}</source>
        <translation>Gwyliau banc {nation}</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <source>Schedule a meeting</source>
        <translation>Trefnu cyfarfod</translation>
    </message>
    <message>
        <source>e.g. Council Chamber, County Hall</source>
        <translation>e.e. Siambr y Cyngor, Neuadd y Sir</translation>
    </message>
    <message>
        <source>Online (or hybrid)</source>
        <translation>Ar-lein (neu hybrid)</translation>
    </message>
    <message>
        <source>Start the agenda from the group&apos;s standing items</source>
        <translation>Dechrau&apos;r agenda o eitemau sefydlog y grŵp</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grŵp</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Math</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Yn dechrau</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Yn gorffen</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lleoliad</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Search everything</source>
        <translation>Chwilio popeth</translation>
    </message>
    <message>
        <source>Words from an action, minutes, an agenda item, a plan or a person&apos;s name</source>
        <translation>Geiriau o gam gweithredu, cofnodion, eitem agenda, cynllun neu enw person</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Canlyniadau chwilio</translation>
    </message>
    <message numerus="yes">
        <source>%n found</source>
        <translation>
            <numerusform>Canfuwyd %n</numerusform>
            <numerusform>Canfuwyd %n</numerusform>
            <numerusform>Canfuwyd %n</numerusform>
            <numerusform>Canfuwyd %n</numerusform>
            <numerusform>Canfuwyd %n</numerusform>
        </translation>
    </message>
    <message>
        <source> (the first of each kind)</source>
        <translation> (y cyntaf o bob math)</translation>
    </message>
    <message>
        <source>Nothing found for “{typed}”.</source>
        <translation>Dim wedi&apos;i ganfod ar gyfer “{typed}”.</translation>
    </message>
</context>
<context>
    <name>SelfAssessmentPage</name>
    <message>
        <source>Name of this period</source>
        <translation>Enw&apos;r cyfnod hwn</translation>
    </message>
    <message>
        <source>Rename the period: type and press Enter</source>
        <translation>Ailenwi&apos;r cyfnod: teipiwch a phwyso Enter</translation>
    </message>
    <message>
        <source>&amp;Start the next period</source>
        <translation>&amp;Dechrau&apos;r cyfnod nesaf</translation>
    </message>
    <message>
        <source>A new period six months on, starting from a copy of this one&apos;s answers</source>
        <translation>Cyfnod newydd chwe mis yn ddiweddarach, yn dechrau o gopi o atebion yr un hwn</translation>
    </message>
    <message>
        <source>Se&amp;lf-assessment:</source>
        <translation>&amp;Hunanasesiad:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Cyfnod:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Enw:</translation>
    </message>
    <message>
        <source>Assessment: scores, evidence and analysis</source>
        <translation>Asesiad: sgoriau, tystiolaeth a dadansoddiad</translation>
    </message>
    <message>
        <source>Comparison with an earlier period</source>
        <translation>Cymhariaeth â chyfnod cynharach</translation>
    </message>
    <message>
        <source>Compare &amp;with:</source>
        <translation>Cymharu â&amp;:</translation>
    </message>
    <message>
        <source>&amp;Assessment</source>
        <translation>&amp;Asesiad</translation>
    </message>
    <message>
        <source>&amp;Comparison</source>
        <translation>C&amp;ymhariaeth</translation>
    </message>
    <message>
        <source>No self-assessments yet</source>
        <translation>Dim hunanasesiadau eto</translation>
    </message>
    <message>
        <source>File › New plan and choose Self-assessment, or File › Import one from Excel.</source>
        <translation>Ffeil › Cynllun newydd a dewis Hunanasesiad, neu Ffeil › Mewnforio un o Excel.</translation>
    </message>
    <message>
        <source>&amp;Start the first period</source>
        <translation>&amp;Dechrau&apos;r cyfnod cyntaf</translation>
    </message>
    <message>
        <source>This is the first period: start the next period to compare with it.</source>
        <translation>Dyma&apos;r cyfnod cyntaf: dechreuwch y cyfnod nesaf i gymharu ag ef.</translation>
    </message>
    <message>
        <source>Start the first period (Alt+S) before answering: answers belong to a period.</source>
        <translation>Dechreuwch y cyfnod cyntaf (Alt+D) cyn ateb: mae atebion yn perthyn i gyfnod.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a score: type a whole number from 1 to 6.</source>
        <translation>Nid yw &apos;{text}&apos; yn sgôr: teipiwch rif cyfan o 1 i 6.</translation>
    </message>
    <message>
        <source>Started {currentText} from a copy of the period before.</source>
        <translation>Dechreuwyd {currentText} o gopi o&apos;r cyfnod blaenorol.</translation>
    </message>
</context>
<context>
    <name>Shot</name>
    <message>
        <source>No page {page!r}: choose one of {pages}.</source>
        <translation>Dim tudalen {page!r}: dewiswch un o {pages}.</translation>
    </message>
    <message>
        <source>{path} could not be checked just now ({exc}); no picture was written. Close any other program using it and try again.</source>
        <translation>Methu gwirio {path} ar hyn o bryd ({exc}); ni ysgrifennwyd llun. Caewch unrhyw raglen arall sy&apos;n ei ddefnyddio a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>{path} is damaged ({status}); no picture was written. Open it in the window to be offered its newest good backup.</source>
        <translation>Mae {path} wedi&apos;i ddifrodi ({status}); ni ysgrifennwyd llun. Agorwch ef yn y ffenestr i gael cynnig ei gopi wrth gefn da diweddaraf.</translation>
    </message>
    <message>
        <source>Could not write {out}: check the folder exists and you can write to it.</source>
        <translation>Methu ysgrifennu {out}: gwiriwch fod y ffolder yn bodoli a&apos;ch bod yn gallu ysgrifennu iddo.</translation>
    </message>
</context>
<context>
    <name>StateWords</name>
    <message numerus="yes">
        <source>Overdue by %n working day(s)</source>
        <translation>
            <numerusform>Yn hwyr o %n diwrnod gwaith</numerusform>
            <numerusform>Yn hwyr o %n diwrnod gwaith</numerusform>
            <numerusform>Yn hwyr o %n diwrnod gwaith</numerusform>
            <numerusform>Yn hwyr o %n diwrnod gwaith</numerusform>
            <numerusform>Yn hwyr o %n diwrnod gwaith</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Yn hwyr o %n diwrnod</numerusform>
            <numerusform>Yn hwyr o %n diwrnod</numerusform>
            <numerusform>Yn hwyr o %n diwrnod</numerusform>
            <numerusform>Yn hwyr o %n diwrnod</numerusform>
            <numerusform>Yn hwyr o %n diwrnod</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due in %n working day(s)</source>
        <translation>
            <numerusform>Yn ddyledus ymhen %n diwrnod gwaith</numerusform>
            <numerusform>Yn ddyledus ymhen %n diwrnod gwaith</numerusform>
            <numerusform>Yn ddyledus ymhen %n diwrnod gwaith</numerusform>
            <numerusform>Yn ddyledus ymhen %n diwrnod gwaith</numerusform>
            <numerusform>Yn ddyledus ymhen %n diwrnod gwaith</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due in %n day(s)</source>
        <translation>
            <numerusform>Yn ddyledus ymhen %n diwrnod</numerusform>
            <numerusform>Yn ddyledus ymhen %n diwrnod</numerusform>
            <numerusform>Yn ddyledus ymhen %n diwrnod</numerusform>
            <numerusform>Yn ddyledus ymhen %n diwrnod</numerusform>
            <numerusform>Yn ddyledus ymhen %n diwrnod</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Held %n day(s) ago</source>
        <translation>
            <numerusform>Cynhaliwyd %n diwrnod yn ôl</numerusform>
            <numerusform>Cynhaliwyd %n diwrnod yn ôl</numerusform>
            <numerusform>Cynhaliwyd %n diwrnod yn ôl</numerusform>
            <numerusform>Cynhaliwyd %n diwrnod yn ôl</numerusform>
            <numerusform>Cynhaliwyd %n diwrnod yn ôl</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Actions due in the next %n day(s)</source>
        <translation>
            <numerusform>Camau gweithredu sy&apos;n ddyledus yn ystod y %n diwrnod nesaf</numerusform>
            <numerusform>Camau gweithredu sy&apos;n ddyledus yn ystod y %n diwrnod nesaf</numerusform>
            <numerusform>Camau gweithredu sy&apos;n ddyledus yn ystod y %n diwrnod nesaf</numerusform>
            <numerusform>Camau gweithredu sy&apos;n ddyledus yn ystod y %n diwrnod nesaf</numerusform>
            <numerusform>Camau gweithredu sy&apos;n ddyledus yn ystod y %n diwrnod nesaf</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n diwrnod gwaith</numerusform>
            <numerusform>%n diwrnod gwaith</numerusform>
            <numerusform>%n diwrnod gwaith</numerusform>
            <numerusform>%n diwrnod gwaith</numerusform>
            <numerusform>%n diwrnod gwaith</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n diwrnod</numerusform>
            <numerusform>%n diwrnod</numerusform>
            <numerusform>%n diwrnod</numerusform>
            <numerusform>%n diwrnod</numerusform>
            <numerusform>%n diwrnod</numerusform>
        </translation>
    </message>
    <message>
        <source>Starts when {event}</source>
        <translation>Yn dechrau pan {event}</translation>
    </message>
    <message>
        <source>Quorate: {present} of {total} voting seats</source>
        <translation>Cworwm: {present} o {total} sedd bleidleisio</translation>
    </message>
    <message>
        <source>Not quorate: {present} of {total} voting seats</source>
        <translation>Dim cworwm: {present} o {total} sedd bleidleisio</translation>
    </message>
    <message>
        <source> ({needed} needed)</source>
        <translation> (angen {needed})</translation>
    </message>
    <message>
        <source>; {names} present</source>
        <translation>; {names} yn bresennol</translation>
    </message>
    <message>
        <source>; {names} not represented</source>
        <translation>; {names} heb eu cynrychioli</translation>
    </message>
    <message>
        <source>{count} of {total} voting seats</source>
        <translation>{count} o {total} sedd bleidleisio</translation>
    </message>
    <message>
        <source>a majority of {total} voting seats</source>
        <translation>mwyafrif o {total} sedd bleidleisio</translation>
    </message>
    <message>
        <source>; {names} must be there</source>
        <translation>; rhaid i {names} fod yno</translation>
    </message>
    <message>
        <source>Met on {day}, {late} late</source>
        <translation>Cyflawnwyd ar {day}, {late} yn hwyr</translation>
    </message>
    <message>
        <source>Met on {day}</source>
        <translation>Cyflawnwyd ar {day}</translation>
    </message>
    <message>
        <source>Last updated {day}</source>
        <translation>Diweddarwyd ddiwethaf {day}</translation>
    </message>
    <message>
        <source>{clock} due {day}</source>
        <translation>{clock} yn ddyledus {day}</translation>
    </message>
    <message>
        <source>{state} (due {day})</source>
        <translation>{state} (erbyn {day})</translation>
    </message>
</context>
<context>
    <name>SyncActions</name>
    <message>
        <source>S&amp;ync with…</source>
        <translation>C&amp;ysoni â…</translation>
    </message>
    <message>
        <source>Sync &amp;conflicts…</source>
        <translation>&amp;Gwrthdaro cysoni…</translation>
    </message>
    <message>
        <source>{count} sync conflict(s) wait: File › Sync conflicts…</source>
        <translation>Mae {count} gwrthdaro cysoni yn aros: Ffeil › Gwrthdaro cysoni…</translation>
    </message>
    <message>
        <source>Sync with another copy</source>
        <translation>Cysoni â chopi arall</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Cysoni</translation>
    </message>
    <message>
        <source>Synced with {name}: {came} change(s) came in, {went} went out.</source>
        <translation>Wedi cysoni â {name}: daeth {came} newid i mewn, aeth {went} allan.</translation>
    </message>
    <message>
        <source>{name} was already in step.</source>
        <translation>Roedd {name} yn gyson eisoes.</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
</context>
<context>
    <name>WelcomeWidget</name>
    <message>
        <source>&lt;h1&gt;safeguard-desktop&lt;/h1&gt;&lt;p&gt;Plans, meetings, attendance, minutes and the action log of your safeguarding board, kept on this computer. Every change is saved as you type.&lt;/p&gt;</source>
        <translation>&lt;h1&gt;safeguard-desktop&lt;/h1&gt;&lt;p&gt;Cynlluniau, cyfarfodydd, presenoldeb, cofnodion a log camau gweithredu eich bwrdd diogelu, wedi&apos;u cadw ar y cyfrifiadur hwn. Caiff pob newid ei gadw wrth i chi deipio.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>New workspace…</source>
        <translation>Gweithle newydd…</translation>
    </message>
    <message>
        <source>Open workspace…</source>
        <translation>Agor gweithle…</translation>
    </message>
    <message>
        <source>Explore the demo workspace…</source>
        <translation>Archwilio&apos;r gweithle enghreifftiol…</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Recent workspaces&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Gweithleoedd diweddar&lt;/h3&gt;</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>(keep as an extra column)</source>
        <translation>(cadw fel colofn ychwanegol)</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Cam gweithredu</translation>
    </message>
    <message>
        <source>Action log</source>
        <translation>Log camau gweithredu</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Cynllun gweithredu</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Gweithgaredd</translation>
    </message>
    <message>
        <source>Adequate</source>
        <translation>Digonol</translation>
    </message>
    <message>
        <source>Adult practice review</source>
        <translation>Adolygiad Ymarfer Oedolion</translation>
    </message>
    <message>
        <source>Adviser</source>
        <translation>Cynghorydd</translation>
    </message>
    <message>
        <source>Agenda of a meeting</source>
        <translation>Agenda cyfarfod</translation>
    </message>
    <message>
        <source>Amber</source>
        <translation>Ambr</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Dadansoddiad</translation>
    </message>
    <message>
        <source>Attendance (register of a meeting, or analysis of a quarter)</source>
        <translation>Presenoldeb (cofrestr cyfarfod, neu ddadansoddiad chwarter)</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Glas</translation>
    </message>
    <message>
        <source>Business plan</source>
        <translation>Cynllun busnes</translation>
    </message>
    <message>
        <source>Business plan (priorities, outcomes, actions)</source>
        <translation>Cynllun busnes (blaenoriaethau, canlyniadau, camau gweithredu)</translation>
    </message>
    <message>
        <source>CAB</source>
        <translation>CAB</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (.csv)</source>
        <translation>CSV, UTF-8 (.csv)</translation>
    </message>
    <message>
        <source>Calendar (.ics)</source>
        <translation>Calendr (.ics)</translation>
    </message>
    <message>
        <source>Calendar of a group&apos;s meetings</source>
        <translation>Calendr cyfarfodydd grŵp</translation>
    </message>
    <message>
        <source>Carried forward</source>
        <translation>Wedi&apos;i ddwyn ymlaen</translation>
    </message>
    <message>
        <source>Case review action plan</source>
        <translation>Cynllun gweithredu adolygiad achos</translation>
    </message>
    <message>
        <source>Case review action plan (recommendations, actions)</source>
        <translation>Cynllun gweithredu adolygiad achos (argymhellion, camau gweithredu)</translation>
    </message>
    <message>
        <source>Case reviews and their clocks</source>
        <translation>Adolygiadau achos a&apos;u clociau</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Cadeirydd</translation>
    </message>
    <message>
        <source>Child safeguarding practice review</source>
        <translation>Adolygiad Ymarfer Diogelu Plant</translation>
    </message>
    <message>
        <source>Closed by the board</source>
        <translation>Wedi&apos;i gau gan y bwrdd</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Wedi&apos;i gwblhau</translation>
    </message>
    <message>
        <source>Conclusion or decision</source>
        <translation>Casgliad neu benderfyniad</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Cyd-destun</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Trafodaeth</translation>
    </message>
    <message>
        <source>Domestic homicide review</source>
        <translation>Adolygiad Dynladdiad Domestig</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Dyddiad erbyn</translation>
    </message>
    <message>
        <source>Duty, responsibility or activity</source>
        <translation>Dyletswydd, cyfrifoldeb neu weithgaredd</translation>
    </message>
    <message>
        <source>England</source>
        <translation>Lloegr</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Tystiolaeth</translation>
    </message>
    <message>
        <source>Evidence framework</source>
        <translation>Fframwaith tystiolaeth</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Llyfr gwaith Excel (.xlsx)</translation>
    </message>
    <message>
        <source>Excellent</source>
        <translation>Rhagorol</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Da</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Gwyrdd</translation>
    </message>
    <message>
        <source>How are we going to do it?</source>
        <translation>Sut ydym ni am ei wneud?</translation>
    </message>
    <message>
        <source>How will we know we have achieved our goal?</source>
        <translation>Sut fyddwn ni&apos;n gwybod ein bod wedi cyflawni ein nod?</translation>
    </message>
    <message>
        <source>In attendance, not a member</source>
        <translation>Hefyd yn bresennol, nid yn aelod</translation>
    </message>
    <message>
        <source>Key issues</source>
        <translation>Materion allweddol</translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation>Diweddarwyd ddiwethaf</translation>
    </message>
    <message>
        <source>Level (Strategic duty, Activity...)</source>
        <translation>Lefel (Dyletswydd strategol, Gweithgaredd...)</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Aelod</translation>
    </message>
    <message>
        <source>Membership and terms of reference of a group</source>
        <translation>Aelodaeth a chylch gorchwyl grŵp</translation>
    </message>
    <message>
        <source>Minutes of a meeting</source>
        <translation>Cofnodion cyfarfod</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Rhif</translation>
    </message>
    <message>
        <source>Northern Ireland</source>
        <translation>Gogledd Iwerddon</translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation>Heb sgôr</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Heb ddechrau</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nodyn</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Sylwedydd</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Agored</translation>
    </message>
    <message>
        <source>Other review</source>
        <translation>Adolygiad arall</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Canlyniad</translation>
    </message>
    <message>
        <source>PDF board paper (.pdf)</source>
        <translation>Papur bwrdd PDF (.pdf)</translation>
    </message>
    <message>
        <source>Para ref.</source>
        <translation>Cyf. para</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Blaenoriaeth</translation>
    </message>
    <message>
        <source>Priority area</source>
        <translation>Maes blaenoriaeth</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Cynnydd</translation>
    </message>
    <message>
        <source>Progress review</source>
        <translation>Adolygiad o&apos;r cynnydd</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Cwestiwn</translation>
    </message>
    <message>
        <source>RAG</source>
        <translation>RAG</translation>
    </message>
    <message>
        <source>RAG rating</source>
        <translation>Sgôr RAG</translation>
    </message>
    <message>
        <source>Rapid review</source>
        <translation>Adolygiad cyflym</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Argymhelliad</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Coch</translation>
    </message>
    <message>
        <source>Safeguarding adults review</source>
        <translation>Adolygiad Diogelu Oedolion</translation>
    </message>
    <message>
        <source>Score (1-6)</source>
        <translation>Sgôr (1-6)</translation>
    </message>
    <message>
        <source>Scotland</source>
        <translation>Yr Alban</translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translation>Ysgrifenyddiaeth</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>Hunanasesiad</translation>
    </message>
    <message>
        <source>Self-assessment (areas, questions)</source>
        <translation>Hunanasesiad (meysydd, cwestiynau)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Ffynhonnell</translation>
    </message>
    <message>
        <source>Specific responsibility</source>
        <translation>Cyfrifoldeb penodol</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Strategic duty</source>
        <translation>Dyletswydd strategol</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Dyddiad targed</translation>
    </message>
    <message>
        <source>Unsatisfactory</source>
        <translation>Anfoddhaol</translation>
    </message>
    <message>
        <source>Very good</source>
        <translation>Da iawn</translation>
    </message>
    <message>
        <source>Vice-chair</source>
        <translation>Is-gadeirydd</translation>
    </message>
    <message>
        <source>Wales</source>
        <translation>Cymru</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Gwan</translation>
    </message>
    <message>
        <source>What do we want to achieve?</source>
        <translation>Beth ydym ni am ei gyflawni?</translation>
    </message>
    <message>
        <source>What is due</source>
        <translation>Beth sy&apos;n ddyledus</translation>
    </message>
    <message>
        <source>When are we going to achieve this?</source>
        <translation>Pryd fyddwn ni&apos;n cyflawni hyn?</translation>
    </message>
    <message>
        <source>Who will lead?</source>
        <translation>Pwy fydd yn arwain?</translation>
    </message>
    <message>
        <source>Word document (.docx)</source>
        <translation>Dogfen Word (.docx)</translation>
    </message>
    <message>
        <source>Work plan</source>
        <translation>Cynllun gwaith</translation>
    </message>
    <message>
        <source>Work plan (duties, responsibilities, activities)</source>
        <translation>Cynllun gwaith (dyletswyddau, cyfrifoldebau, gweithgareddau)</translation>
    </message>
    <message>
        <source>Plans (*.xlsx *.xlsm *.docx *.csv *.txt *.tsv);;All files (*)</source>
        <translation>Cynlluniau (*.xlsx *.xlsm *.docx *.csv *.txt *.tsv);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Teitl</translation>
    </message>
    <message>
        <source>Priority banner</source>
        <translation>Baner blaenoriaeth</translation>
    </message>
    <message>
        <source>Heading row</source>
        <translation>Rhes bennawd</translation>
    </message>
    <message>
        <source>Action row</source>
        <translation>Rhes cam gweithredu</translation>
    </message>
    <message>
        <source>Continuation</source>
        <translation>Parhad</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Dalen</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rhes</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Math</translation>
    </message>
    <message>
        <source>What became of it</source>
        <translation>Beth ddaeth ohoni</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Testun</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Nodiadau</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ble</translation>
    </message>
    <message>
        <source>Becomes</source>
        <translation>Yn dod yn</translation>
    </message>
    <message>
        <source>How will we know?</source>
        <translation>Sut fyddwn ni&apos;n gwybod?</translation>
    </message>
    <message>
        <source>When?</source>
        <translation>Pryd?</translation>
    </message>
    <message>
        <source>Extra columns</source>
        <translation>Colofnau ychwanegol</translation>
    </message>
    <message>
        <source>What the import understood</source>
        <translation>Beth a ddeallodd y mewnforio</translation>
    </message>
    <message>
        <source>Title (introduction)</source>
        <translation>Teitl (cyflwyniad)</translation>
    </message>
    <message>
        <source>Priority / outcome</source>
        <translation>Blaenoriaeth / canlyniad</translation>
    </message>
    <message>
        <source>Column headings</source>
        <translation>Penawdau colofnau</translation>
    </message>
    <message>
        <source>Joined to the row above</source>
        <translation>Wedi&apos;i huno â&apos;r rhes uwchben</translation>
    </message>
    <message>
        <source>Outline entry</source>
        <translation>Cofnod amlinelliad</translation>
    </message>
    <message>
        <source>Duty or responsibility</source>
        <translation>Dyletswydd neu gyfrifoldeb</translation>
    </message>
    <message>
        <source>Area or question</source>
        <translation>Maes neu gwestiwn</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Sgôr</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Darllenwyd fel</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>Sedd</translation>
    </message>
    <message>
        <source>Holder / deputy</source>
        <translation>Deiliad / dirprwy</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Asiantaeth</translation>
    </message>
    <message>
        <source>In attendance</source>
        <translation>Hefyd yn bresennol</translation>
    </message>
    <message>
        <source>Already known</source>
        <translation>Yn hysbys eisoes</translation>
    </message>
    <message>
        <source>Headings</source>
        <translation>Penawdau</translation>
    </message>
    <message>
        <source>Seat and member</source>
        <translation>Sedd ac aelod</translation>
    </message>
    <message>
        <source>Vacant seat</source>
        <translation>Sedd wag</translation>
    </message>
    <message>
        <source>Deputy</source>
        <translation>Dirprwy</translation>
    </message>
    <message>
        <source>Priority, outcome and other heading rows are not action cells: they were left as they were.</source>
        <translation>Nid celloedd camau gweithredu yw rhesi blaenoriaeth, canlyniad a phenawdau eraill: fe&apos;u gadawyd fel yr oeddent.</translation>
    </message>
    <message>
        <source>(any)</source>
        <translation>(pob)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ychwanegu</translation>
    </message>
    <message>
        <source>Add under</source>
        <translation>Ychwanegu oddi tano</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Ailenwi</translation>
    </message>
    <message>
        <source>Add a line below, at the same level</source>
        <translation>Ychwanegu llinell islaw, ar yr un lefel</translation>
    </message>
    <message>
        <source>Add a line under this one</source>
        <translation>Ychwanegu llinell o dan yr un hon</translation>
    </message>
    <message>
        <source>Move up, with everything under it</source>
        <translation>Symud i fyny, gyda phopeth oddi tano</translation>
    </message>
    <message>
        <source>Move down, with everything under it</source>
        <translation>Symud i lawr, gyda phopeth oddi tano</translation>
    </message>
    <message>
        <source>One level in, under the line above</source>
        <translation>Un lefel i mewn, o dan y llinell uwchben</translation>
    </message>
    <message>
        <source>One level out</source>
        <translation>Un lefel allan</translation>
    </message>
    <message>
        <source>Delete it, with everything under it (Edit › Undo brings it back)</source>
        <translation>Ei ddileu, gyda phopeth oddi tano (mae Golygu › Dadwneud yn dod ag ef yn ôl)</translation>
    </message>
    <message>
        <source>As the computer is set</source>
        <translation>Fel y mae&apos;r cyfrifiadur wedi&apos;i osod</translation>
    </message>
    <message>
        <source>Strategic plan</source>
        <translation>Cynllun strategol</translation>
    </message>
    <message>
        <source>Review action plan</source>
        <translation>Cynllun gweithredu adolygiad</translation>
    </message>
    <message>
        <source>Ordinary</source>
        <translation>Cyffredin</translation>
    </message>
    <message>
        <source>Extraordinary</source>
        <translation>Arbennig</translation>
    </message>
    <message>
        <source>Development day</source>
        <translation>Diwrnod datblygu</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Bwrdd</translation>
    </message>
    <message>
        <source>Operational group</source>
        <translation>Grŵp gweithredol</translation>
    </message>
    <message>
        <source>Sub-group</source>
        <translation>Is-grŵp</translation>
    </message>
    <message>
        <source>Task-and-finish group</source>
        <translation>Grŵp gorchwyl a gorffen</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Wedi&apos;i drefnu</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Wedi&apos;i gynnal</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Wedi&apos;i ganslo</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Drafft</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Cytunwyd</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Wedi&apos;u cloi</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Ar gau</translation>
    </message>
    <message>
        <source>Council</source>
        <translation>Cyngor</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Heddlu</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Iechyd</translation>
    </message>
    <message>
        <source>Probation</source>
        <translation>Gwasanaeth prawf</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Addysg</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Tai</translation>
    </message>
    <message>
        <source>Voluntary</source>
        <translation>Gwirfoddol</translation>
    </message>
    <message>
        <source>Fire</source>
        <translation>Tân</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Arall</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Gwybodaeth</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Penderfyniad</translation>
    </message>
    <message>
        <source>Scrutiny</source>
        <translation>Craffu</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Beth</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Perchennog</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Erbyn</translation>
    </message>
    <message>
        <source>Latest update</source>
        <translation>Diweddariad diweddaraf</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Eitem</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>Cyflwynydd</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Diben</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papur</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Cyfrinachol</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Disgwyliedig</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Yn bersonol</translation>
    </message>
    <message>
        <source>By deputy</source>
        <translation>Drwy ddirprwy</translation>
    </message>
    <message>
        <source>Apologies</source>
        <translation>Ymddiheuriadau</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absennol</translation>
    </message>
    <message>
        <source>Not marked</source>
        <translation>Heb ei farcio</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Yn bresennol</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grŵp</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>Deiliad</translation>
    </message>
    <message>
        <source>Persistent non-attendance</source>
        <translation>Absenoldeb parhaus</translation>
    </message>
    <message>
        <source>A seat is flagged</source>
        <translation>Mae sedd wedi&apos;i nodi</translation>
    </message>
    <message>
        <source>Minutes: draft</source>
        <translation>Cofnodion: drafft</translation>
    </message>
    <message>
        <source>Minutes: agreed as a true record</source>
        <translation>Cofnodion: cytunwyd eu bod yn gofnod cywir</translation>
    </message>
    <message>
        <source>Minutes: locked</source>
        <translation>Cofnodion: wedi&apos;u cloi</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Presenoldeb</translation>
    </message>
    <message>
        <source>Arrived at</source>
        <translation>Cyrraedd</translation>
    </message>
    <message>
        <source>Left at</source>
        <translation>Gadael</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Presennol</translation>
    </message>
    <message>
        <source>P present · D deputy (type the name, Enter) · S apologies · X absent · L arrived late · E left early · Delete clears · G adds someone in attendance · Ctrl+Z undoes</source>
        <translation>P presennol · D dirprwy (teipiwch yr enw, Enter) · S ymddiheuriadau · X absennol · L cyrraedd yn hwyr · E gadael yn gynnar · Delete yn clirio · G yn ychwanegu rhywun sydd hefyd yn bresennol · Ctrl+Z yn dadwneud</translation>
    </message>
    <message>
        <source>From</source>
        <translation>O</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>Camau gweithredu agored</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Yn hwyr</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Pob cam gweithredu</translation>
    </message>
    <message>
        <source>Meetings and plans</source>
        <translation>Cyfarfodydd a chynlluniau</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Cyfarfodydd</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Cynlluniau</translation>
    </message>
    <message>
        <source>By group</source>
        <translation>Fesul grŵp</translation>
    </message>
    <message>
        <source>By agency</source>
        <translation>Fesul asiantaeth</translation>
    </message>
    <message>
        <source>By seat</source>
        <translation>Fesul sedd</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Pryd</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Cyflwr</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Cofnodion</translation>
    </message>
    <message>
        <source>Membership lists (*.xlsx *.xlsm *.csv *.tsv *.docx);;All files (*)</source>
        <translation>Rhestrau aelodaeth (*.xlsx *.xlsm *.csv *.tsv *.docx);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>Minutes of the last meeting</source>
        <translation>Cofnodion y cyfarfod diwethaf</translation>
    </message>
    <message>
        <source>Matters arising</source>
        <translation>Materion yn codi</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôl</translation>
    </message>
    <message>
        <source>Holders over time</source>
        <translation>Deiliaid dros amser</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Teitl swydd</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-bost</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Gadawodd</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Enw byr</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Statutory</source>
        <translation>Statudol</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Wedi ymddeol</translation>
    </message>
    <message>
        <source>Standing item</source>
        <translation>Eitem sefydlog</translation>
    </message>
    <message>
        <source>Brings in</source>
        <translation>Yn dod â</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(dim)</translation>
    </message>
    <message>
        <source>People &amp; agencies</source>
        <translation>Pobl ac asiantaethau</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Cynllun</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Blwyddyn</translation>
    </message>
    <message>
        <source>Incident known</source>
        <translation>Digwyddiad yn hysbys</translation>
    </message>
    <message>
        <source>Notification made</source>
        <translation>Hysbysiad wedi&apos;i wneud</translation>
    </message>
    <message>
        <source>Rapid review held</source>
        <translation>Adolygiad cyflym wedi&apos;i gynnal</translation>
    </message>
    <message>
        <source>Decision to review</source>
        <translation>Penderfyniad i adolygu</translation>
    </message>
    <message>
        <source>Report completed</source>
        <translation>Adroddiad wedi&apos;i gwblhau</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Cyhoeddwyd</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Cyfeirnod</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>Hysbysiad</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Adroddiad</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Hysbys</translation>
    </message>
    <message>
        <source>Case reviews</source>
        <translation>Adolygiadau achos</translation>
    </message>
    <message>
        <source>Self-assessments</source>
        <translation>Hunanasesiadau</translation>
    </message>
    <message>
        <source>Priority area or question</source>
        <translation>Maes blaenoriaeth neu gwestiwn</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>tystiolaeth</translation>
    </message>
    <message>
        <source>analysis</source>
        <translation>dadansoddiad</translation>
    </message>
    <message>
        <source>score</source>
        <translation>sgôr</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Wedi newid</translation>
    </message>
    <message>
        <source>Undo stops where recording started: finish recording to undo earlier changes.</source>
        <translation>Mae Dadwneud yn stopio lle dechreuodd y cofnodi: gorffennwch gofnodi i ddadwneud newidiadau cynharach.</translation>
    </message>
    <message>
        <source>Not a date: write it as 12/3/2025 or 12 Mar 2025.</source>
        <translation>Nid yw&apos;n ddyddiad: ysgrifennwch ef fel 12/3/2025 neu 12 Mar 2025.</translation>
    </message>
    <message>
        <source>safeguard-desktop workspaces (*.sqlite);;All files (*)</source>
        <translation>Gweithleoedd safeguard-desktop (*.sqlite);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Mae&apos;r ddau gyfrinymadrodd yn wahanol.</translation>
    </message>
    <message>
        <source>Use at least {count} characters (a few words are easier to remember).</source>
        <translation>Defnyddiwch o leiaf {count} nod (mae ychydig o eiriau&apos;n haws eu cofio).</translation>
    </message>
    <message>
        <source>Without this passphrase nobody can read the encrypted copy, you included: there is no way to recover it. Write it down somewhere safe.</source>
        <translation>Heb y cyfrinymadrodd hwn ni all neb ddarllen y copi wedi&apos;i amgryptio, gan eich cynnwys chi: does dim modd ei adfer. Ysgrifennwch ef yn rhywle diogel.</translation>
    </message>
    <message>
        <source>Review clocks running out</source>
        <translation>Clociau adolygu&apos;n dod i ben</translation>
    </message>
    <message>
        <source>Actions overdue</source>
        <translation>Camau gweithredu hwyr</translation>
    </message>
    <message>
        <source>Plan rows not updated this quarter</source>
        <translation>Rhesi cynllun heb eu diweddaru&apos;r chwarter hwn</translation>
    </message>
    <message>
        <source>Meetings held without minutes</source>
        <translation>Cyfarfodydd a gynhaliwyd heb gofnodion</translation>
    </message>
    <message>
        <source>Minutes not yet agreed</source>
        <translation>Cofnodion heb eu cytuno eto</translation>
    </message>
    <message>
        <source>Seats without a holder</source>
        <translation>Seddi heb ddeiliad</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Yn ddyledus heddiw</translation>
    </message>
    <message>
        <source>Never updated</source>
        <translation>Heb ei diweddaru erioed</translation>
    </message>
    <message>
        <source>No holder</source>
        <translation>Dim deiliad</translation>
    </message>
    <message>
        <source>the incident is known</source>
        <translation>y daw&apos;r digwyddiad yn hysbys</translation>
    </message>
    <message>
        <source>notification</source>
        <translation>y gwneir yr hysbysiad</translation>
    </message>
    <message>
        <source>Review report</source>
        <translation>Adroddiad adolygu</translation>
    </message>
</context>
<context>
    <name>WorkspaceActions</name>
    <message>
        <source>Something went wrong ({kind}: {error}). Your data was not changed.</source>
        <translation>Aeth rhywbeth o&apos;i le ({kind}: {error}). Ni newidiwyd eich data.</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>Gweithle newydd</translation>
    </message>
    <message>
        <source>Name of the board or partnership:</source>
        <translation>Enw&apos;r bwrdd neu&apos;r bartneriaeth:</translation>
    </message>
    <message>
        <source>Cannot create the workspace</source>
        <translation>Methu creu&apos;r gweithle</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Agor gweithle</translation>
    </message>
    <message>
        <source>Building the demo workspace</source>
        <translation>Yn adeiladu&apos;r gweithle enghreifftiol</translation>
    </message>
    <message>
        <source>Cannot build the demo</source>
        <translation>Methu adeiladu&apos;r enghraifft</translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation>Cadw copi fel</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Cadw copi</translation>
    </message>
    <message>
        <source>Choose a different name from the open workspace.</source>
        <translation>Dewiswch enw gwahanol i&apos;r gweithle agored.</translation>
    </message>
    <message>
        <source>Saving a copy</source>
        <translation>Yn cadw copi</translation>
    </message>
    <message>
        <source>Copy saved to {target}</source>
        <translation>Copi wedi&apos;i gadw yn {target}</translation>
    </message>
    <message>
        <source>Cannot save the copy</source>
        <translation>Methu cadw&apos;r copi</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Yn gwneud copi wrth gefn</translation>
    </message>
    <message>
        <source>Backed up to {path}</source>
        <translation>Copi wrth gefn yn {path}</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Methodd y copi wrth gefn</translation>
    </message>
    <message>
        <source>Backed up at {label}</source>
        <translation>Copi wrth gefn am {label}</translation>
    </message>
    <message>
        <source>Timed backup failed: {exc}</source>
        <translation>Methodd y copi wrth gefn rheolaidd: {exc}</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Adfer o gopi wrth gefn</translation>
    </message>
    <message>
        <source>There are no backups of {name} yet.</source>
        <translation>Does dim copïau wrth gefn o {name} eto.</translation>
    </message>
    <message>
        <source>Restore which backup? The current file is kept beside it.</source>
        <translation>Adfer pa gopi wrth gefn? Cedwir y ffeil gyfredol wrth ei ochr.</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>Methu adfer</translation>
    </message>
    <message>
        <source>Restored. The file as it was is kept as {name}</source>
        <translation>Wedi&apos;i adfer. Cedwir y ffeil fel yr oedd fel {name}</translation>
    </message>
    <message>
        <source>The workspace is damaged</source>
        <translation>Mae&apos;r gweithle wedi&apos;i ddifrodi</translation>
    </message>
    <message>
        <source>{exc}

Restore the newest good backup now?</source>
        <translation>{exc}

Adfer y copi wrth gefn da diweddaraf nawr?</translation>
    </message>
    <message>
        <source>Check workspace</source>
        <translation>Gwirio&apos;r gweithle</translation>
    </message>
    <message>
        <source>No problems found: the file, the audit trail and the records are sound.</source>
        <translation>Dim problemau: mae&apos;r ffeil, y trywydd archwilio a&apos;r cofnodion yn gadarn.</translation>
    </message>
    <message>
        <source>Problems found:</source>
        <translation>Problemau a ganfuwyd:</translation>
    </message>
    <message>
        <source>Checking the workspace</source>
        <translation>Yn gwirio&apos;r gweithle</translation>
    </message>
    <message>
        <source>The check could not run</source>
        <translation>Methu rhedeg y gwiriad</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Cannot open the workspace</source>
        <translation>Methu agor y gweithle</translation>
    </message>
    <message>
        <source>Other people&apos;s changes will show when pages are opened again ({exc})</source>
        <translation>Bydd newidiadau pobl eraill yn ymddangos pan agorir tudalennau eto ({exc})</translation>
    </message>
</context>
</TS>
