<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl_NL">
<context>
    <name>AddAnnotationCommand</name>
    <message>
        <location filename="../app/annotations/AddAnnotationCommand.cpp" line="13" />
        <source>Add %1</source>
        <translation>Toevoegen: %1</translation>
    </message>
</context>
<context>
    <name>ChangeAnnotationColorCommand</name>
    <message>
        <location filename="../app/annotations/ChangeAnnotationColorCommand.cpp" line="25" />
        <source>Recolour</source>
        <translation>Andere kleur</translation>
    </message>
</context>
<context>
    <name>EditNoteTextCommand</name>
    <message>
        <location filename="../app/annotations/EditNoteTextCommand.cpp" line="20" />
        <source>Edit note</source>
        <translation>Aantekening bewerken</translation>
    </message>
</context>
<context>
    <name>EditTagsCommand</name>
    <message>
        <location filename="../app/annotations/EditTagsCommand.cpp" line="11" />
        <source>Edit tags</source>
        <translation>Labels bewerken</translation>
    </message>
</context>
<context>
    <name>ExternalLinkPrompt</name>
    <message>
        <location filename="../app/links/ExternalLinkPrompt.cpp" line="13" />
        <source>Reference not in the library</source>
        <translation>Verwijzing niet in de bibliotheek</translation>
    </message>
    <message>
        <location filename="../app/links/ExternalLinkPrompt.cpp" line="14" />
        <source>%1 is not in your library.

Open its page on officielebekendmakingen.nl in the browser?
%2</source>
        <translation>%1 staat niet in uw bibliotheek.

De pagina op officielebekendmakingen.nl openen in de browser?
%2</translation>
    </message>
</context>
<context>
    <name>RemoveAnnotationCommand</name>
    <message>
        <location filename="../app/annotations/RemoveAnnotationCommand.cpp" line="17" />
        <source>Delete %1</source>
        <translation>Verwijderen: %1</translation>
    </message>
</context>
<context>
    <name>TextDocumentBuilder</name>
    <message>
        <location filename="../app/document/TextDocumentBuilder.cpp" line="149" />
        <source>p. %1</source>
        <translation>p. %1</translation>
    </message>
    <message>
        <location filename="../app/document/TextDocumentBuilder.cpp" line="167" />
        <source>Notes</source>
        <translation>Voetnoten</translation>
    </message>
</context>
<context>
    <name>diptych::AnnotationController</name>
    <message>
        <location filename="../app/annotations/AnnotationController.cpp" line="116" />
        <source>Yellow</source>
        <translation>Geel</translation>
    </message>
    <message>
        <location filename="../app/annotations/AnnotationController.cpp" line="117" />
        <source>Green</source>
        <translation>Groen</translation>
    </message>
    <message>
        <location filename="../app/annotations/AnnotationController.cpp" line="118" />
        <source>Blue</source>
        <translation>Blauw</translation>
    </message>
    <message>
        <location filename="../app/annotations/AnnotationController.cpp" line="119" />
        <source>Pink</source>
        <translation>Roze</translation>
    </message>
    <message>
        <location filename="../app/annotations/AnnotationController.cpp" line="120" />
        <source>Orange</source>
        <translation>Oranje</translation>
    </message>
    <message>
        <location filename="../app/annotations/AnnotationController.cpp" line="135" />
        <location filename="../app/annotations/AnnotationController.cpp" line="240" />
        <source>&amp;Highlight</source>
        <translation>&amp;Markeren</translation>
    </message>
    <message>
        <location filename="../app/annotations/AnnotationController.cpp" line="135" />
        <source>Ctrl+Shift+H</source>
        <translation>Ctrl+Shift+H</translation>
    </message>
    <message>
        <location filename="../app/annotations/AnnotationController.cpp" line="136" />
        <source>&amp;Underline</source>
        <translation>&amp;Onderstrepen</translation>
    </message>
    <message>
        <location filename="../app/annotations/AnnotationController.cpp" line="136" />
        <source>Ctrl+Shift+U</source>
        <translation>Ctrl+Shift+U</translation>
    </message>
    <message>
        <location filename="../app/annotations/AnnotationController.cpp" line="137" />
        <source>&amp;Strike out</source>
        <translation>&amp;Doorhalen</translation>
    </message>
    <message>
        <location filename="../app/annotations/AnnotationController.cpp" line="137" />
        <source>Ctrl+Shift+X</source>
        <translation>Ctrl+Shift+X</translation>
    </message>
    <message>
        <location filename="../app/annotations/AnnotationController.cpp" line="138" />
        <source>&amp;Note…</source>
        <translation>&amp;Aantekening…</translation>
    </message>
    <message>
        <location filename="../app/annotations/AnnotationController.cpp" line="138" />
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <location filename="../app/annotations/AnnotationController.cpp" line="257" />
        <source>Add &amp;note…</source>
        <translation>Aante&amp;kening toevoegen…</translation>
    </message>
    <message>
        <location filename="../app/annotations/AnnotationController.cpp" line="257" />
        <source>Edit &amp;note…</source>
        <translation>Aante&amp;kening bewerken…</translation>
    </message>
    <message>
        <location filename="../app/annotations/AnnotationController.cpp" line="259" />
        <source>&amp;Colour</source>
        <translation>&amp;Kleur</translation>
    </message>
    <message>
        <location filename="../app/annotations/AnnotationController.cpp" line="269" />
        <source>Make %1</source>
        <translation>Maak er %1 van</translation>
    </message>
    <message>
        <location filename="../app/annotations/AnnotationController.cpp" line="274" />
        <source>&amp;Delete annotation</source>
        <translation>Annotatie &amp;verwijderen</translation>
    </message>
    <message>
        <location filename="../app/annotations/AnnotationController.cpp" line="288" />
        <source>&amp;Copy</source>
        <translation>&amp;Kopiëren</translation>
    </message>
    <message>
        <location filename="../app/annotations/AnnotationController.cpp" line="319" />
        <source>Add a &amp;note here…</source>
        <translation>Hier een aante&amp;kening plaatsen…</translation>
    </message>
</context>
<context>
    <name>diptych::AnnotationFiles</name>
    <message>
        <location filename="../app/annotations/AnnotationFiles.cpp" line="47" />
        <location filename="../app/annotations/AnnotationFiles.cpp" line="60" />
        <location filename="../app/annotations/AnnotationFiles.cpp" line="78" />
        <source>The letter is not analysed yet.</source>
        <translation>De brief is nog niet geanalyseerd.</translation>
    </message>
    <message>
        <location filename="../app/annotations/AnnotationFiles.cpp" line="83" />
        <source>The file holds no annotations.</source>
        <translation>Het bestand bevat geen annotaties.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/annotations/AnnotationFiles.cpp" line="86" />
        <source>Import %n annotation(s)</source>
        <translation><numerusform>%n annotatie importeren</numerusform><numerusform>%n annotaties importeren</numerusform></translation>
    </message>
    <message>
        <location filename="../app/annotations/AnnotationFiles.cpp" line="105" />
        <location filename="../app/annotations/AnnotationFiles.cpp" line="110" />
        <source>Export PDF with annotations</source>
        <translation>PDF met annotaties exporteren</translation>
    </message>
    <message>
        <location filename="../app/annotations/AnnotationFiles.cpp" line="106" />
        <source>-annotations</source>
        <translation>-annotaties</translation>
    </message>
    <message>
        <location filename="../app/annotations/AnnotationFiles.cpp" line="107" />
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-documenten (*.pdf)</translation>
    </message>
    <message>
        <location filename="../app/annotations/AnnotationFiles.cpp" line="111" />
        <location filename="../app/annotations/AnnotationFiles.cpp" line="123" />
        <source>%1 could not be written: %2</source>
        <translation>%1 kon niet worden geschreven: %2</translation>
    </message>
    <message>
        <location filename="../app/annotations/AnnotationFiles.cpp" line="117" />
        <location filename="../app/annotations/AnnotationFiles.cpp" line="122" />
        <source>Export annotations</source>
        <translation>Annotaties exporteren</translation>
    </message>
    <message>
        <location filename="../app/annotations/AnnotationFiles.cpp" line="119" />
        <location filename="../app/annotations/AnnotationFiles.cpp" line="129" />
        <source>W3C Web Annotations (*.json *.jsonld)</source>
        <translation>W3C-webannotaties (*.json *.jsonld)</translation>
    </message>
    <message>
        <location filename="../app/annotations/AnnotationFiles.cpp" line="128" />
        <location filename="../app/annotations/AnnotationFiles.cpp" line="135" />
        <location filename="../app/annotations/AnnotationFiles.cpp" line="140" />
        <source>Import annotations</source>
        <translation>Annotaties importeren</translation>
    </message>
    <message>
        <location filename="../app/annotations/AnnotationFiles.cpp" line="136" />
        <source>%1 could not be imported: %2</source>
        <translation>%1 kon niet worden geïmporteerd: %2</translation>
    </message>
    <message>
        <location filename="../app/annotations/AnnotationFiles.cpp" line="141" />
        <source>%1 placed, %2 not found in this letter: they are listed under "Not placed" in the Annotations panel.</source>
        <translation>%1 geplaatst, %2 niet gevonden in deze brief: die staan onder "Niet geplaatst" in het paneel Annotaties.</translation>
    </message>
</context>
<context>
    <name>diptych::AnnotationModel</name>
    <message>
        <location filename="../app/annotations/AnnotationModel.cpp" line="93" />
        <source>The annotation database is not open: this change is kept only until Diptych closes.</source>
        <translation>De annotatiedatabase is niet open: deze wijziging blijft alleen bewaard tot Diptych sluit.</translation>
    </message>
    <message>
        <location filename="../app/annotations/AnnotationModel.cpp" line="99" />
        <source>The annotation could not be stored: %1</source>
        <translation>De annotatie kon niet worden opgeslagen: %1</translation>
    </message>
    <message>
        <location filename="../app/annotations/AnnotationModel.cpp" line="121" />
        <source>The annotation could not be deleted: %1</source>
        <translation>De annotatie kon niet worden verwijderd: %1</translation>
    </message>
    <message>
        <location filename="../app/annotations/AnnotationModel.cpp" line="122" />
        <source>The annotation database is not open.</source>
        <translation>De annotatiedatabase is niet open.</translation>
    </message>
    <message>
        <location filename="../app/annotations/AnnotationModel.cpp" line="143" />
        <source>Highlight</source>
        <translation>Markering</translation>
    </message>
    <message>
        <location filename="../app/annotations/AnnotationModel.cpp" line="144" />
        <source>Underline</source>
        <translation>Onderstreping</translation>
    </message>
    <message>
        <location filename="../app/annotations/AnnotationModel.cpp" line="145" />
        <source>Strike-out</source>
        <translation>Doorhaling</translation>
    </message>
    <message>
        <location filename="../app/annotations/AnnotationModel.cpp" line="146" />
        <source>Note on a passage</source>
        <translation>Aantekening bij een passage</translation>
    </message>
    <message>
        <location filename="../app/annotations/AnnotationModel.cpp" line="147" />
        <source>Note on a page</source>
        <translation>Aantekening op een pagina</translation>
    </message>
</context>
<context>
    <name>diptych::AnnotationsPanel</name>
    <message>
        <location filename="../app/annotations/AnnotationsPanel.cpp" line="66" />
        <source>Annotations</source>
        <translation>Annotaties</translation>
    </message>
    <message>
        <location filename="../app/annotations/AnnotationsPanel.cpp" line="69" />
        <location filename="../app/annotations/AnnotationsPanel.cpp" line="70" />
        <source>Note</source>
        <translation>Aantekening</translation>
    </message>
    <message>
        <location filename="../app/annotations/AnnotationsPanel.cpp" line="75" />
        <source>Tags, separated by commas</source>
        <translation>Labels, gescheiden door komma’s</translation>
    </message>
    <message>
        <location filename="../app/annotations/AnnotationsPanel.cpp" line="76" />
        <source>Tags</source>
        <translation>Labels</translation>
    </message>
    <message>
        <location filename="../app/annotations/AnnotationsPanel.cpp" line="100" />
        <source>Whole library</source>
        <translation>Hele bibliotheek</translation>
    </message>
    <message>
        <location filename="../app/annotations/AnnotationsPanel.cpp" line="101" />
        <source>Show the annotations of every document, not only the current one</source>
        <translation>De annotaties van alle documenten tonen, niet alleen van het huidige</translation>
    </message>
    <message>
        <location filename="../app/annotations/AnnotationsPanel.cpp" line="104" />
        <source>Filter by text</source>
        <translation>Filteren op tekst</translation>
    </message>
    <message>
        <location filename="../app/annotations/AnnotationsPanel.cpp" line="106" />
        <source>Filter annotations by text</source>
        <translation>Annotaties filteren op tekst</translation>
    </message>
    <message>
        <location filename="../app/annotations/AnnotationsPanel.cpp" line="108" />
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../app/annotations/AnnotationsPanel.cpp" line="109" />
        <source>All kinds</source>
        <translation>Alle soorten</translation>
    </message>
    <message>
        <location filename="../app/annotations/AnnotationsPanel.cpp" line="110" />
        <source>Highlights</source>
        <translation>Markeringen</translation>
    </message>
    <message>
        <location filename="../app/annotations/AnnotationsPanel.cpp" line="111" />
        <source>Underlines</source>
        <translation>Onderstrepingen</translation>
    </message>
    <message>
        <location filename="../app/annotations/AnnotationsPanel.cpp" line="112" />
        <source>Strike-outs</source>
        <translation>Doorhalingen</translation>
    </message>
    <message>
        <location filename="../app/annotations/AnnotationsPanel.cpp" line="113" />
        <source>Notes</source>
        <translation>Aantekeningen</translation>
    </message>
    <message>
        <location filename="../app/annotations/AnnotationsPanel.cpp" line="115" />
        <source>Colour</source>
        <translation>Kleur</translation>
    </message>
    <message>
        <location filename="../app/annotations/AnnotationsPanel.cpp" line="117" />
        <source>Tag</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../app/annotations/AnnotationsPanel.cpp" line="119" />
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location filename="../app/annotations/AnnotationsPanel.cpp" line="226" />
        <source>All colours</source>
        <translation>Alle kleuren</translation>
    </message>
    <message>
        <location filename="../app/annotations/AnnotationsPanel.cpp" line="227" />
        <source>All tags</source>
        <translation>Alle labels</translation>
    </message>
    <message>
        <location filename="../app/annotations/AnnotationsPanel.cpp" line="228" />
        <source>All authors</source>
        <translation>Alle auteurs</translation>
    </message>
    <message>
        <location filename="../app/annotations/AnnotationsPanel.cpp" line="239" />
        <source>Document not in the library</source>
        <translation>Document niet in de bibliotheek</translation>
    </message>
    <message>
        <location filename="../app/annotations/AnnotationsPanel.cpp" line="294" />
        <source>In this document</source>
        <translation>In dit document</translation>
    </message>
    <message>
        <location filename="../app/annotations/AnnotationsPanel.cpp" line="301" />
        <source>Not placed</source>
        <translation>Niet geplaatst</translation>
    </message>
    <message>
        <location filename="../app/annotations/AnnotationsPanel.cpp" line="345" />
        <source>%1 by %2, %3</source>
        <translation>%1 door %2, %3</translation>
    </message>
</context>
<context>
    <name>diptych::Application</name>
    <message>
        <location filename="../app/shell/Application.cpp" line="68" />
        <source>Library</source>
        <translation>Bibliotheek</translation>
    </message>
    <message>
        <location filename="../app/shell/Application.cpp" line="87" />
        <source>Diptych</source>
        <translation>Diptych</translation>
    </message>
    <message>
        <location filename="../app/shell/Application.cpp" line="115" />
        <source>The annotations cannot be read or saved: %1</source>
        <translation>De annotaties kunnen niet worden gelezen of opgeslagen: %1</translation>
    </message>
    <message>
        <location filename="../app/shell/Application.cpp" line="116" />
        <source>Annotations</source>
        <translation>Annotaties</translation>
    </message>
</context>
<context>
    <name>diptych::CommandLine</name>
    <message>
        <location filename="../app/shell/CommandLine.cpp" line="11" />
        <source>Read and compare Kamerbrieven about NATO ministerial meetings.</source>
        <translation>Kamerbrieven over NAVO-ministersbijeenkomsten lezen en vergelijken.</translation>
    </message>
    <message>
        <location filename="../app/shell/CommandLine.cpp" line="16" />
        <source>Open LEFT and RIGHT side by side.</source>
        <translation>LINKS en RECHTS naast elkaar openen.</translation>
    </message>
    <message>
        <location filename="../app/shell/CommandLine.cpp" line="22" />
        <source>PDF or text files to open.</source>
        <translation>Te openen PDF- of tekstbestanden.</translation>
    </message>
    <message>
        <location filename="../app/shell/CommandLine.cpp" line="31" />
        <source>--compare needs exactly two files: LEFT RIGHT</source>
        <translation>--compare heeft precies twee bestanden nodig: LINKS RECHTS</translation>
    </message>
</context>
<context>
    <name>diptych::CompareView</name>
    <message>
        <location filename="../app/compare/CompareView.cpp" line="39" />
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../app/compare/CompareView.cpp" line="39" />
        <source>Match</source>
        <translation>Overeenkomst</translation>
    </message>
    <message>
        <location filename="../app/compare/CompareView.cpp" line="39" />
        <source>Report</source>
        <translation>Verslag</translation>
    </message>
    <message>
        <location filename="../app/compare/CompareView.cpp" line="40" />
        <source>Section alignment</source>
        <translation>Koppeling van onderdelen</translation>
    </message>
    <message>
        <location filename="../app/compare/CompareView.cpp" line="47" />
        <source>Linked scrolling</source>
        <translation>Gekoppeld scrollen</translation>
    </message>
    <message>
        <location filename="../app/compare/CompareView.cpp" line="48" />
        <source>Keep aligned sections level while reading either side</source>
        <translation>Gekoppelde onderdelen naast elkaar houden terwijl u een van beide kanten leest</translation>
    </message>
    <message>
        <location filename="../app/compare/CompareView.cpp" line="50" />
        <source>Aligning sections…</source>
        <translation>Onderdelen koppelen…</translation>
    </message>
    <message>
        <location filename="../app/compare/CompareView.cpp" line="92" />
        <source>%1 ↔ %2</source>
        <translation>%1 ↔ %2</translation>
    </message>
    <message>
        <location filename="../app/compare/CompareView.cpp" line="116" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/compare/CompareView.cpp" line="130" />
        <source>On the agenda and in the report</source>
        <translation>Op de agenda en in het verslag</translation>
    </message>
    <message>
        <location filename="../app/compare/CompareView.cpp" line="140" />
        <source>Only on the agenda</source>
        <translation>Alleen op de agenda</translation>
    </message>
    <message>
        <location filename="../app/compare/CompareView.cpp" line="146" />
        <source>Only in the report</source>
        <translation>Alleen in het verslag</translation>
    </message>
    <message>
        <location filename="../app/compare/CompareView.cpp" line="153" />
        <source>%1 aligned, %2 only on the agenda, %3 only in the report</source>
        <translation>%1 gekoppeld, %2 alleen op de agenda, %3 alleen in het verslag</translation>
    </message>
</context>
<context>
    <name>diptych::DocumentLinksModel</name>
    <message>
        <location filename="../app/links/DocumentLinksModel.cpp" line="49" />
        <source>dossier %1</source>
        <translation>dossier %1</translation>
    </message>
    <message>
        <location filename="../app/links/DocumentLinksModel.cpp" line="60" />
        <source>Same meeting</source>
        <translation>Zelfde bijeenkomst</translation>
    </message>
    <message>
        <location filename="../app/links/DocumentLinksModel.cpp" line="61" />
        <source>Previous meeting</source>
        <translation>Vorige bijeenkomst</translation>
    </message>
    <message>
        <location filename="../app/links/DocumentLinksModel.cpp" line="62" />
        <source>Next meeting</source>
        <translation>Volgende bijeenkomst</translation>
    </message>
    <message>
        <location filename="../app/links/DocumentLinksModel.cpp" line="63" />
        <source>Kamerstukken cited</source>
        <translation>Aangehaalde Kamerstukken</translation>
    </message>
    <message>
        <location filename="../app/links/DocumentLinksModel.cpp" line="64" />
        <source>Cited by</source>
        <translation>Aangehaald in</translation>
    </message>
    <message>
        <location filename="../app/links/DocumentLinksModel.cpp" line="65" />
        <source>Also cited in</source>
        <translation>Ook aangehaald in</translation>
    </message>
    <message>
        <location filename="../app/links/DocumentLinksModel.cpp" line="66" />
        <source>Meetings mentioned</source>
        <translation>Genoemde bijeenkomsten</translation>
    </message>
    <message>
        <location filename="../app/links/DocumentLinksModel.cpp" line="67" />
        <source>Mentioned in</source>
        <translation>Genoemd in</translation>
    </message>
    <message>
        <location filename="../app/links/DocumentLinksModel.cpp" line="68" />
        <source>Same summit mentioned in</source>
        <translation>Zelfde top genoemd in</translation>
    </message>
    <message>
        <location filename="../app/links/DocumentLinksModel.cpp" line="69" />
        <source>Topics</source>
        <translation>Onderwerpen</translation>
    </message>
    <message>
        <location filename="../app/links/DocumentLinksModel.cpp" line="70" />
        <source>Outside the library</source>
        <translation>Buiten de bibliotheek</translation>
    </message>
    <message>
        <location filename="../app/links/DocumentLinksModel.cpp" line="133" />
        <source>%1, earlier</source>
        <translation>%1, eerder</translation>
    </message>
    <message>
        <location filename="../app/links/DocumentLinksModel.cpp" line="133" />
        <source>%1, later</source>
        <translation>%1, later</translation>
    </message>
    <message>
        <location filename="../app/links/DocumentLinksModel.cpp" line="164" />
        <source>Not in the library: opens %1 in the browser when you ask</source>
        <translation>Niet in de bibliotheek: opent %1 in de browser als u dat vraagt</translation>
    </message>
    <message>
        <location filename="../app/links/DocumentLinksModel.cpp" line="191" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>diptych::DocumentPane</name>
    <message>
        <location filename="../app/document/DocumentPane.cpp" line="49" />
        <source>Analysing %1…</source>
        <translation>%1 wordt geanalyseerd…</translation>
    </message>
    <message>
        <location filename="../app/document/DocumentPane.cpp" line="100" />
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../app/document/DocumentPane.cpp" line="101" />
        <source>Read the clean text</source>
        <translation>De opgeschoonde tekst lezen</translation>
    </message>
    <message>
        <location filename="../app/document/DocumentPane.cpp" line="103" />
        <source>Pages</source>
        <translation>Pagina's</translation>
    </message>
    <message>
        <location filename="../app/document/DocumentPane.cpp" line="104" />
        <source>See the PDF pages</source>
        <translation>De PDF-pagina's bekijken</translation>
    </message>
    <message>
        <location filename="../app/document/DocumentPane.cpp" line="115" />
        <source>Page number</source>
        <translation>Paginanummer</translation>
    </message>
    <message>
        <location filename="../app/document/DocumentPane.cpp" line="118" />
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <location filename="../app/document/DocumentPane.cpp" line="119" />
        <source>Fit width</source>
        <translation>Paginabreedte</translation>
    </message>
    <message>
        <location filename="../app/document/DocumentPane.cpp" line="120" />
        <source>Fit page</source>
        <translation>Hele pagina</translation>
    </message>
    <message>
        <location filename="../app/document/DocumentPane.cpp" line="125" />
        <source>Zoom out (Ctrl+-)</source>
        <translation>Uitzoomen (Ctrl+-)</translation>
    </message>
    <message>
        <location filename="../app/document/DocumentPane.cpp" line="128" />
        <source>Zoom in (Ctrl++)</source>
        <translation>Inzoomen (Ctrl++)</translation>
    </message>
    <message>
        <location filename="../app/document/DocumentPane.cpp" line="131" />
        <source>Page</source>
        <translation>Pagina</translation>
    </message>
    <message>
        <location filename="../app/document/DocumentPane.cpp" line="204" />
        <source>%1 could not be opened:
%2</source>
        <translation>%1 kon niet worden geopend:
%2</translation>
    </message>
    <message>
        <location filename="../app/document/DocumentPane.cpp" line="239" />
        <source>The pages cannot be shown: %1</source>
        <translation>De pagina's kunnen niet worden getoond: %1</translation>
    </message>
    <message>
        <location filename="../app/document/DocumentPane.cpp" line="244" />
        <source>of %1</source>
        <translation>van %1</translation>
    </message>
</context>
<context>
    <name>diptych::DocumentView</name>
    <message>
        <location filename="../app/document/DocumentView.cpp" line="31" />
        <source>Document text</source>
        <translation>Documenttekst</translation>
    </message>
</context>
<context>
    <name>diptych::FindBar</name>
    <message>
        <location filename="../app/document/FindBar.cpp" line="15" />
        <source>Find in document (accents and case ignored)</source>
        <translation>Zoeken in document (accenten en hoofdletters tellen niet)</translation>
    </message>
    <message>
        <location filename="../app/document/FindBar.cpp" line="16" />
        <source>Find</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <location filename="../app/document/FindBar.cpp" line="19" />
        <source>Previous match (Shift+Enter)</source>
        <translation>Vorige treffer (Shift+Enter)</translation>
    </message>
    <message>
        <location filename="../app/document/FindBar.cpp" line="20" />
        <source>Previous match</source>
        <translation>Vorige treffer</translation>
    </message>
    <message>
        <location filename="../app/document/FindBar.cpp" line="22" />
        <source>Next match (Enter)</source>
        <translation>Volgende treffer (Enter)</translation>
    </message>
    <message>
        <location filename="../app/document/FindBar.cpp" line="23" />
        <source>Next match</source>
        <translation>Volgende treffer</translation>
    </message>
    <message>
        <location filename="../app/document/FindBar.cpp" line="26" />
        <source>Close (Esc)</source>
        <translation>Sluiten (Esc)</translation>
    </message>
    <message>
        <location filename="../app/document/FindBar.cpp" line="27" />
        <source>Close find bar</source>
        <translation>Zoekbalk sluiten</translation>
    </message>
    <message>
        <location filename="../app/document/FindBar.cpp" line="62" />
        <source>no matches</source>
        <translation>geen treffers</translation>
    </message>
    <message>
        <location filename="../app/document/FindBar.cpp" line="64" />
        <source>%1 of %2</source>
        <translation>%1 van %2</translation>
    </message>
</context>
<context>
    <name>diptych::LibraryIndexActions</name>
    <message>
        <location filename="../app/library/LibraryIndexActions.cpp" line="31" />
        <source>Rebuild search &amp;index</source>
        <translation>Zoek&amp;index opnieuw opbouwen</translation>
    </message>
    <message>
        <location filename="../app/library/LibraryIndexActions.cpp" line="34" />
        <source>Analyse every letter of the library again and rebuild the search index</source>
        <translation>Alle brieven van de bibliotheek opnieuw analyseren en de zoekindex opnieuw opbouwen</translation>
    </message>
    <message>
        <location filename="../app/library/LibraryIndexActions.cpp" line="41" />
        <source>Search index: %1</source>
        <translation>Zoekindex: %1</translation>
    </message>
    <message>
        <location filename="../app/library/LibraryIndexActions.cpp" line="51" />
        <source>L&amp;ibrary</source>
        <translation>&amp;Bibliotheek</translation>
    </message>
    <message>
        <location filename="../app/library/LibraryIndexActions.cpp" line="62" />
        <source>Indexing the library: %1 of %2 letters</source>
        <translation>Bibliotheek indexeren: %1 van %2 brieven</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/library/LibraryIndexActions.cpp" line="67" />
        <source>Search index up to date: %n letter(s) indexed</source>
        <translation>
            <numerusform>Zoekindex bijgewerkt: %n brief geïndexeerd</numerusform>
            <numerusform>Zoekindex bijgewerkt: %n brieven geïndexeerd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/library/LibraryIndexActions.cpp" line="69" />
        <source>, %n unchanged</source>
        <translation>
            <numerusform>, %n ongewijzigd</numerusform>
            <numerusform>, %n ongewijzigd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/library/LibraryIndexActions.cpp" line="71" />
        <source>, %n could not be read</source>
        <translation>
            <numerusform>, %n onleesbaar</numerusform>
            <numerusform>, %n onleesbaar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>diptych::LibraryItemDelegate</name>
    <message>
        <location filename="../app/library/LibraryItemDelegate.cpp" line="64" />
        <source>%1 (file missing)</source>
        <translation>%1 (bestand ontbreekt)</translation>
    </message>
</context>
<context>
    <name>diptych::LibraryModel</name>
    <message>
        <location filename="../app/library/LibraryModel.cpp" line="144" />
        <source>Other documents</source>
        <translation>Overige</translation>
    </message>
    <message>
        <location filename="../app/library/LibraryModel.cpp" line="146" />
        <source>NATO foreign ministers meeting</source>
        <translation>Bijeenkomst van NAVO-ministers van Buitenlandse Zaken</translation>
    </message>
    <message>
        <location filename="../app/library/LibraryModel.cpp" line="146" />
        <source>Meeting not recognised</source>
        <translation>Bijeenkomst niet herkend</translation>
    </message>
    <message>
        <location filename="../app/library/LibraryModel.cpp" line="177" />
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../app/library/LibraryModel.cpp" line="178" />
        <source>Report</source>
        <translation>Verslag</translation>
    </message>
    <message>
        <location filename="../app/library/LibraryModel.cpp" line="181" />
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
</context>
<context>
    <name>diptych::LibraryPanel</name>
    <message>
        <location filename="../app/library/LibraryPanel.cpp" line="27" />
        <source>Library</source>
        <translation>Bibliotheek</translation>
    </message>
    <message>
        <location filename="../app/library/LibraryPanel.cpp" line="31" />
        <source>Add…</source>
        <translation>Toevoegen…</translation>
    </message>
    <message>
        <location filename="../app/library/LibraryPanel.cpp" line="32" />
        <source>Add documents to the library</source>
        <translation>Documenten aan de bibliotheek toevoegen</translation>
    </message>
    <message>
        <location filename="../app/library/LibraryPanel.cpp" line="33" />
        <location filename="../app/library/LibraryPanel.cpp" line="142" />
        <source>Compare</source>
        <translation>Vergelijken</translation>
    </message>
    <message>
        <location filename="../app/library/LibraryPanel.cpp" line="34" />
        <source>Put the agenda and the report of the selected meeting side by side, or any two selected documents</source>
        <translation>De agenda en het verslag van de gekozen bijeenkomst naast elkaar zetten, of twee gekozen documenten</translation>
    </message>
    <message>
        <location filename="../app/library/LibraryPanel.cpp" line="36" />
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../app/library/LibraryPanel.cpp" line="37" />
        <source>Remove the selected documents from the library (the files stay)</source>
        <translation>De gekozen documenten uit de bibliotheek verwijderen (de bestanden blijven bestaan)</translation>
    </message>
    <message>
        <location filename="../app/library/LibraryPanel.cpp" line="141" />
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <location filename="../app/library/LibraryPanel.cpp" line="145" />
        <source>Export notes of this meeting…</source>
        <translation>Aantekeningen van deze bijeenkomst exporteren…</translation>
    </message>
    <message>
        <location filename="../app/library/LibraryPanel.cpp" line="148" />
        <source>Export notes…</source>
        <translation>Aantekeningen exporteren…</translation>
    </message>
    <message>
        <location filename="../app/library/LibraryPanel.cpp" line="152" />
        <source>Remove from library</source>
        <translation>Uit bibliotheek verwijderen</translation>
    </message>
</context>
<context>
    <name>diptych::LibrarySearchPanel</name>
    <message>
        <location filename="../app/links/LibrarySearchPanel.cpp" line="19" />
        <source>Search all letters (oekraine, "burden sharing", defensie*)</source>
        <translation>Zoeken in alle brieven (oekraine, "burden sharing", defensie*)</translation>
    </message>
    <message>
        <location filename="../app/links/LibrarySearchPanel.cpp" line="21" />
        <source>Search the library</source>
        <translation>Zoeken in de bibliotheek</translation>
    </message>
    <message>
        <location filename="../app/links/LibrarySearchPanel.cpp" line="26" />
        <source>Search results by meeting</source>
        <translation>Zoekresultaten per bijeenkomst</translation>
    </message>
    <message>
        <location filename="../app/links/LibrarySearchPanel.cpp" line="67" />
        <source>Searching…</source>
        <translation>Zoeken…</translation>
    </message>
    <message>
        <location filename="../app/links/LibrarySearchPanel.cpp" line="83" />
        <source>The search index cannot be read: %1</source>
        <translation>De zoekindex kan niet worden gelezen: %1</translation>
    </message>
    <message>
        <location filename="../app/links/LibrarySearchPanel.cpp" line="85" />
        <source>No letter matches.</source>
        <translation>Geen brief gevonden.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/links/LibrarySearchPanel.cpp" line="87" />
        <source>%n letter(s)</source>
        <translation>
            <numerusform>%n brief</numerusform>
            <numerusform>%n brieven</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>diptych::LinkDocks</name>
    <message>
        <location filename="../app/links/LinkDocks.cpp" line="23" />
        <source>&amp;Search library…</source>
        <translation>&amp;Zoeken in bibliotheek…</translation>
    </message>
    <message>
        <location filename="../app/links/LinkDocks.cpp" line="32" />
        <source>Links</source>
        <translation>Verwijzingen</translation>
    </message>
    <message>
        <location filename="../app/links/LinkDocks.cpp" line="33" />
        <source>Threads</source>
        <translation>Draden</translation>
    </message>
    <message>
        <location filename="../app/links/LinkDocks.cpp" line="34" />
        <source>Timeline</source>
        <translation>Tijdlijn</translation>
    </message>
    <message>
        <location filename="../app/links/LinkDocks.cpp" line="35" />
        <source>Search library</source>
        <translation>Zoeken in bibliotheek</translation>
    </message>
    <message>
        <location filename="../app/links/LinkDocks.cpp" line="45" />
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
</context>
<context>
    <name>diptych::LinksPanel</name>
    <message>
        <location filename="../app/links/LinksPanel.cpp" line="22" />
        <source>Links of this document</source>
        <translation>Verwijzingen van dit document</translation>
    </message>
    <message>
        <location filename="../app/links/LinksPanel.cpp" line="58" />
        <source>Open a letter to see how it is linked to the other letters of the library.</source>
        <translation>Open een brief om te zien hoe die verbonden is met de andere brieven van de bibliotheek.</translation>
    </message>
    <message>
        <location filename="../app/links/LinksPanel.cpp" line="60" />
        <source>Linking the library…</source>
        <translation>Bibliotheek koppelen…</translation>
    </message>
    <message>
        <location filename="../app/links/LinksPanel.cpp" line="62" />
        <source>No links to other letters of the library.</source>
        <translation>Geen verwijzingen naar andere brieven van de bibliotheek.</translation>
    </message>
</context>
<context>
    <name>diptych::MainWindow</name>
    <message>
        <location filename="../app/shell/MainWindow.cpp" line="68" />
        <source>Diptych</source>
        <translation>Diptych</translation>
    </message>
    <message>
        <location filename="../app/shell/MainWindow.cpp" line="513" />
        <source>Open documents</source>
        <translation>Documenten openen</translation>
    </message>
    <message>
        <location filename="../app/shell/MainWindow.cpp" line="113" />
        <source>&lt;h2&gt;Diptych&lt;/h2&gt;&lt;p&gt;Open a letter from the library on the left, or drop PDF or text files here.&lt;/p&gt;&lt;p&gt;Select a meeting and choose &lt;b&gt;Compare&lt;/b&gt; to put its agenda and report side by side.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Diptych&lt;/h2&gt;&lt;p&gt;Open een brief uit de bibliotheek links, of sleep PDF- of tekstbestanden hierheen.&lt;/p&gt;&lt;p&gt;Kies een bijeenkomst en klik op &lt;b&gt;Vergelijken&lt;/b&gt; om de agenda en het verslag naast elkaar te zetten.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/shell/MainWindow.cpp" line="127" />
        <source>Library</source>
        <translation>Bibliotheek</translation>
    </message>
    <message>
        <location filename="../app/shell/MainWindow.cpp" line="128" />
        <source>Outline</source>
        <translation>Inhoud</translation>
    </message>
    <message>
        <location filename="../app/shell/MainWindow.cpp" line="130" />
        <source>References</source>
        <translation>Kamerstukken</translation>
    </message>
    <message>
        <location filename="../app/shell/MainWindow.cpp" line="151" />
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../app/shell/MainWindow.cpp" line="152" />
        <source>&amp;Open…</source>
        <translation>&amp;Openen…</translation>
    </message>
    <message>
        <location filename="../app/shell/MainWindow.cpp" line="154" />
        <source>&amp;Compare two documents…</source>
        <translation>Twee documenten &amp;vergelijken…</translation>
    </message>
    <message>
        <location filename="../app/shell/MainWindow.cpp" line="155" />
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <location filename="../app/shell/MainWindow.cpp" line="158" />
        <source>&amp;Export notes…</source>
        <translation>Aantekeningen &amp;exporteren…</translation>
    </message>
    <message>
        <location filename="../app/shell/MainWindow.cpp" line="164" />
        <source>Open &amp;recent</source>
        <translation>&amp;Recent geopend</translation>
    </message>
    <message>
        <location filename="../app/shell/MainWindow.cpp" line="167" />
        <source>&amp;Close tab</source>
        <translation>Tabblad &amp;sluiten</translation>
    </message>
    <message>
        <location filename="../app/shell/MainWindow.cpp" line="169" />
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../app/shell/MainWindow.cpp" line="172" />
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <location filename="../app/shell/MainWindow.cpp" line="176" />
        <source>&amp;Copy</source>
        <translation>&amp;Kopiëren</translation>
    </message>
    <message>
        <location filename="../app/shell/MainWindow.cpp" line="182" />
        <source>&amp;Find…</source>
        <translation>&amp;Zoeken…</translation>
    </message>
    <message>
        <location filename="../app/shell/MainWindow.cpp" line="187" />
        <source>Find &amp;next</source>
        <translation>&amp;Volgende zoeken</translation>
    </message>
    <message>
        <location filename="../app/shell/MainWindow.cpp" line="192" />
        <source>Find &amp;previous</source>
        <translation>Vo&amp;rige zoeken</translation>
    </message>
    <message>
        <location filename="../app/shell/MainWindow.cpp" line="199" />
        <source>&amp;Annotate</source>
        <translation>&amp;Annoteren</translation>
    </message>
    <message>
        <location filename="../app/shell/MainWindow.cpp" line="202" />
        <source>Your &amp;name on annotations…</source>
        <translation>Uw &amp;naam op annotaties…</translation>
    </message>
    <message>
        <location filename="../app/shell/MainWindow.cpp" line="205" />
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <location filename="../app/shell/MainWindow.cpp" line="206" />
        <source>Zoom &amp;in</source>
        <translation>&amp;Inzoomen</translation>
    </message>
    <message>
        <location filename="../app/shell/MainWindow.cpp" line="211" />
        <source>Zoom &amp;out</source>
        <translation>&amp;Uitzoomen</translation>
    </message>
    <message>
        <location filename="../app/shell/MainWindow.cpp" line="227" />
        <source>&amp;Go</source>
        <translation>&amp;Ga naar</translation>
    </message>
    <message>
        <location filename="../app/shell/MainWindow.cpp" line="228" />
        <source>&amp;Back</source>
        <translation>&amp;Terug</translation>
    </message>
    <message>
        <location filename="../app/shell/MainWindow.cpp" line="233" />
        <source>&amp;Library</source>
        <translation>&amp;Bibliotheek</translation>
    </message>
    <message>
        <location filename="../app/shell/MainWindow.cpp" line="234" />
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location filename="../app/shell/MainWindow.cpp" line="235" />
        <source>&amp;Outline</source>
        <translation>&amp;Inhoud</translation>
    </message>
    <message>
        <location filename="../app/shell/MainWindow.cpp" line="236" />
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <location filename="../app/shell/MainWindow.cpp" line="237" />
        <source>&amp;Document</source>
        <translation>&amp;Document</translation>
    </message>
    <message>
        <location filename="../app/shell/MainWindow.cpp" line="241" />
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <location filename="../app/shell/MainWindow.cpp" line="243" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../app/shell/MainWindow.cpp" line="244" />
        <source>&amp;About Diptych</source>
        <translation>&amp;Over Diptych</translation>
    </message>
    <message>
        <location filename="../app/shell/MainWindow.cpp" line="245" />
        <source>About Diptych</source>
        <translation>Over Diptych</translation>
    </message>
    <message>
        <location filename="../app/shell/MainWindow.cpp" line="246" />
        <source>&lt;b&gt;Diptych %1&lt;/b&gt;&lt;p&gt;Reads Kamerbrieven about NATO ministerial meetings and puts an annotated agenda and its report side by side.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Diptych %1&lt;/b&gt;&lt;p&gt;Leest Kamerbrieven over NAVO-ministersbijeenkomsten en zet een geannoteerde agenda en het verslag ervan naast elkaar.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/shell/MainWindow.cpp" line="251" />
        <source>Main</source>
        <translation>Hoofdbalk</translation>
    </message>
    <message>
        <location filename="../app/shell/MainWindow.cpp" line="267" />
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <location filename="../app/shell/MainWindow.cpp" line="270" />
        <source>System language</source>
        <translation>Systeemtaal</translation>
    </message>
    <message>
        <location filename="../app/shell/MainWindow.cpp" line="291" />
        <source>Your name on annotations</source>
        <translation>Uw naam op annotaties</translation>
    </message>
    <message>
        <location filename="../app/shell/MainWindow.cpp" line="292" />
        <source>Annotations you make from now on carry this name:</source>
        <translation>Annotaties die u vanaf nu maakt, krijgen deze naam:</translation>
    </message>
    <message>
        <location filename="../app/shell/MainWindow.cpp" line="302" />
        <source>&amp;Theme</source>
        <translation>&amp;Thema</translation>
    </message>
    <message>
        <location filename="../app/shell/MainWindow.cpp" line="304" />
        <source>&amp;System</source>
        <translation>&amp;Systeem</translation>
    </message>
    <message>
        <location filename="../app/shell/MainWindow.cpp" line="305" />
        <source>&amp;Light</source>
        <translation>&amp;Licht</translation>
    </message>
    <message>
        <location filename="../app/shell/MainWindow.cpp" line="306" />
        <source>&amp;Dark</source>
        <translation>&amp;Donker</translation>
    </message>
    <message>
        <location filename="../app/shell/MainWindow.cpp" line="314" />
        <source>&amp;Keep PDF pages white</source>
        <translation>PDF-pagina’s &amp;wit houden</translation>
    </message>
    <message>
        <location filename="../app/shell/MainWindow.cpp" line="318" />
        <source>In the dark theme, show PDF pages as printed instead of inverted</source>
        <translation>In het donkere thema PDF-pagina’s tonen zoals gedrukt in plaats van omgekeerd</translation>
    </message>
    <message>
        <location filename="../app/shell/MainWindow.cpp" line="371" />
        <location filename="../app/shell/MainWindow.cpp" line="481" />
        <source>Cannot open document</source>
        <translation>Document kan niet worden geopend</translation>
    </message>
    <message>
        <location filename="../app/shell/MainWindow.cpp" line="372" />
        <location filename="../app/shell/MainWindow.cpp" line="398" />
        <source>%1 cannot be opened: the file does not exist or cannot be read.</source>
        <translation>%1 kan niet worden geopend: het bestand bestaat niet of is niet leesbaar.</translation>
    </message>
    <message>
        <location filename="../app/shell/MainWindow.cpp" line="397" />
        <source>Cannot compare</source>
        <translation>Vergelijken lukt niet</translation>
    </message>
    <message>
        <location filename="../app/shell/MainWindow.cpp" line="481" />
        <source>%1 cannot be opened:
%2</source>
        <translation>%1 kan niet worden geopend:
%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/shell/MainWindow.cpp" line="487" />
        <source>Analysing %1 (%n left)…</source>
        <translation>
            <numerusform>%1 wordt geanalyseerd (nog %n)…</numerusform>
            <numerusform>%1 wordt geanalyseerd (nog %n)…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/shell/MainWindow.cpp" line="514" />
        <location filename="../app/shell/MainWindow.cpp" line="538" />
        <source>Kamerbrieven (*.pdf *.txt);;All files (*)</source>
        <translation>Kamerbrieven (*.pdf *.txt);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../app/shell/MainWindow.cpp" line="539" />
        <source>Agenda (left)</source>
        <translation>Agenda (links)</translation>
    </message>
    <message>
        <location filename="../app/shell/MainWindow.cpp" line="542" />
        <source>Report (right)</source>
        <translation>Verslag (rechts)</translation>
    </message>
    <message>
        <location filename="../app/shell/MainWindow.cpp" line="74" />
        <source>Documents</source>
        <translation>Documenten</translation>
    </message>
    <message>
        <location filename="../app/shell/MainWindow.cpp" line="156" />
        <source>&amp;Watch a folder…</source>
        <translation>Map &amp;volgen…</translation>
    </message>
    <message>
        <location filename="../app/shell/MainWindow.cpp" line="523" />
        <source>Watch a folder</source>
        <translation>Map volgen</translation>
    </message>
</context>
<context>
    <name>diptych::MeetingTimeline</name>
    <message>
        <location filename="../app/links/MeetingTimeline.cpp" line="32" />
        <source>Timeline of meetings</source>
        <translation>Tijdlijn van bijeenkomsten</translation>
    </message>
    <message>
        <location filename="../app/links/MeetingTimeline.cpp" line="144" />
        <source>The meetings of the library appear here once their letters are linked.</source>
        <translation>De bijeenkomsten van de bibliotheek verschijnen hier zodra hun brieven gekoppeld zijn.</translation>
    </message>
    <message>
        <location filename="../app/links/MeetingTimeline.cpp" line="190" />
        <source>place unknown</source>
        <translation>plaats onbekend</translation>
    </message>
    <message>
        <location filename="../app/links/MeetingTimeline.cpp" line="210" />
        <source>no %1</source>
        <translation>geen %1</translation>
    </message>
</context>
<context>
    <name>diptych::NoteEditor</name>
    <message>
        <location filename="../app/annotations/NoteEditor.cpp" line="96" />
        <source>Looking for suggestions…</source>
        <translation>Suggesties zoeken…</translation>
    </message>
    <message>
        <location filename="../app/annotations/NoteEditor.cpp" line="102" />
        <location filename="../app/annotations/NoteEditor.cpp" line="106" />
        <source>Add to dictionary</source>
        <translation>Toevoegen aan woordenboek</translation>
    </message>
    <message>
        <location filename="../app/annotations/NoteEditor.cpp" line="107" />
        <source>The word could not be added to your word list:
%1</source>
        <translation>Het woord kon niet aan uw woordenlijst worden toegevoegd:
%1</translation>
    </message>
    <message>
        <location filename="../app/annotations/NoteEditor.cpp" line="110" />
        <source>Ignore</source>
        <translation>Negeren</translation>
    </message>
    <message>
        <location filename="../app/annotations/NoteEditor.cpp" line="157" />
        <source>No suggestions</source>
        <translation>Geen suggesties</translation>
    </message>
    <message>
        <location filename="../app/annotations/NoteEditor.cpp" line="167" />
        <source>Spelling language</source>
        <translation>Spellingtaal</translation>
    </message>
    <message>
        <location filename="../app/annotations/NoteEditor.cpp" line="170" />
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <location filename="../app/annotations/NoteEditor.cpp" line="171" />
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <location filename="../app/annotations/NoteEditor.cpp" line="179" />
        <source>No dictionary installed</source>
        <translation>Geen woordenboek geïnstalleerd</translation>
    </message>
</context>
<context>
    <name>diptych::NotesExport</name>
    <message>
        <location filename="../app/export/NotesExport.cpp" line="32" />
        <source>ODF text document (*.odt)</source>
        <translation>ODF-tekstdocument (*.odt)</translation>
    </message>
    <message>
        <location filename="../app/export/NotesExport.cpp" line="32" />
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../app/export/NotesExport.cpp" line="37" />
        <source>-notes</source>
        <translation>-aantekeningen</translation>
    </message>
    <message>
        <location filename="../app/export/NotesExport.cpp" line="43" />
        <source>meeting-notes</source>
        <translation>aantekeningen-bijeenkomst</translation>
    </message>
    <message>
        <location filename="../app/export/NotesExport.cpp" line="58" />
        <location filename="../app/export/NotesExport.cpp" line="66" />
        <source>Export notes</source>
        <translation>Aantekeningen exporteren</translation>
    </message>
    <message>
        <location filename="../app/export/NotesExport.cpp" line="58" />
        <source>The notes could not be exported.
%1</source>
        <translation>De aantekeningen konden niet worden geëxporteerd.
%1</translation>
    </message>
    <message>
        <location filename="../app/export/NotesExport.cpp" line="100" />
        <source>Choose a name ending in .odt or .md.</source>
        <translation>Kies een naam die eindigt op .odt of .md.</translation>
    </message>
</context>
<context>
    <name>diptych::OutlinePanel</name>
    <message>
        <location filename="../app/document/OutlinePanel.cpp" line="39" />
        <source>Outline</source>
        <translation>Inhoud</translation>
    </message>
    <message>
        <location filename="../app/document/OutlinePanel.cpp" line="68" />
        <source>Cover letter</source>
        <translation>Aanbiedingsbrief</translation>
    </message>
    <message>
        <location filename="../app/document/OutlinePanel.cpp" line="88" />
        <source>No sections found</source>
        <translation>Geen onderdelen gevonden</translation>
    </message>
</context>
<context>
    <name>diptych::PdfView</name>
    <message>
        <location filename="../app/pdf/PdfView.cpp" line="33" />
        <source>PDF pages</source>
        <translation>PDF-pagina's</translation>
    </message>
</context>
<context>
    <name>diptych::PrintActions</name>
    <message>
        <location filename="../app/print/PrintActions.cpp" line="11" />
        <source>&amp;Print…</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
        <location filename="../app/print/PrintActions.cpp" line="12" />
        <source>Print pre&amp;view…</source>
        <translation>Afdruk&amp;voorbeeld…</translation>
    </message>
    <message>
        <location filename="../app/print/PrintActions.cpp" line="12" />
        <source>Export annotated &amp;PDF…</source>
        <translation>Geannoteerde &amp;PDF exporteren…</translation>
    </message>
    <message>
        <location filename="../app/print/PrintActions.cpp" line="13" />
        <source>Print &amp;handout…</source>
        <translation>&amp;Hand-out afdrukken…</translation>
    </message>
    <message>
        <location filename="../app/print/PrintActions.cpp" line="16" />
        <source>The aligned sections of the agenda and the report side by side</source>
        <translation>De gekoppelde onderdelen van agenda en verslag naast elkaar</translation>
    </message>
</context>
<context>
    <name>diptych::PrintDialogs</name>
    <message>
        <location filename="../app/print/PrintDialogs.cpp" line="54" />
        <location filename="../app/print/PrintDialogs.cpp" line="97" />
        <source>Print</source>
        <translation>Afdrukken</translation>
    </message>
    <message>
        <location filename="../app/print/PrintDialogs.cpp" line="54" />
        <source>%1 cannot be printed: %2</source>
        <translation>%1 kan niet worden afgedrukt: %2</translation>
    </message>
    <message>
        <location filename="../app/print/PrintDialogs.cpp" line="107" />
        <source>Print preview: %1</source>
        <translation>Afdrukvoorbeeld: %1</translation>
    </message>
    <message>
        <location filename="../app/print/PrintDialogs.cpp" line="126" />
        <location filename="../app/print/PrintDialogs.cpp" line="140" />
        <location filename="../app/print/PrintDialogs.cpp" line="147" />
        <source>Export annotated PDF</source>
        <translation>Geannoteerde PDF exporteren</translation>
    </message>
    <message>
        <location filename="../app/print/PrintDialogs.cpp" line="140" />
        <source> (annotated)</source>
        <translation> (geannoteerd)</translation>
    </message>
    <message>
        <location filename="../app/print/PrintDialogs.cpp" line="141" />
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-documenten (*.pdf)</translation>
    </message>
    <message>
        <location filename="../app/print/PrintDialogs.cpp" line="147" />
        <source>%1 could not be written: %2</source>
        <translation>%1 kon niet worden geschreven: %2</translation>
    </message>
    <message>
        <location filename="../app/print/PrintDialogs.cpp" line="160" />
        <source>Handout: %1</source>
        <translation>Hand-out: %1</translation>
    </message>
</context>
<context>
    <name>diptych::PrintOptionsWidget</name>
    <message>
        <location filename="../app/print/PrintOptionsWidget.cpp" line="10" />
        <source>Print annotations</source>
        <translation>Annotaties afdrukken</translation>
    </message>
    <message>
        <location filename="../app/print/PrintOptionsWidget.cpp" line="11" />
        <source>Only pages with annotations</source>
        <translation>Alleen pagina’s met annotaties</translation>
    </message>
    <message>
        <location filename="../app/print/PrintOptionsWidget.cpp" line="12" />
        <source>Highlights readable in greyscale</source>
        <translation>Markeringen leesbaar in grijstinten</translation>
    </message>
    <message>
        <location filename="../app/print/PrintOptionsWidget.cpp" line="14" />
        <source>Annotations</source>
        <translation>Annotaties</translation>
    </message>
    <message>
        <location filename="../app/print/PrintOptionsWidget.cpp" line="15" />
        <source>In the margin</source>
        <translation>In de marge</translation>
    </message>
    <message>
        <location filename="../app/print/PrintOptionsWidget.cpp" line="16" />
        <source>In an appendix</source>
        <translation>In een bijlage</translation>
    </message>
    <message>
        <location filename="../app/print/PrintOptionsWidget.cpp" line="19" />
        <source>Notes:</source>
        <translation>Aantekeningen:</translation>
    </message>
</context>
<context>
    <name>diptych::ReferencesPanel</name>
    <message>
        <location filename="../app/document/ReferencesPanel.cpp" line="24" />
        <source>Reference</source>
        <translation>Verwijzing</translation>
    </message>
    <message>
        <location filename="../app/document/ReferencesPanel.cpp" line="24" />
        <source>In library</source>
        <translation>In bibliotheek</translation>
    </message>
    <message>
        <location filename="../app/document/ReferencesPanel.cpp" line="26" />
        <source>References</source>
        <translation>Kamerstukken</translation>
    </message>
    <message>
        <location filename="../app/document/ReferencesPanel.cpp" line="56" />
        <source>yes</source>
        <translation>ja</translation>
    </message>
</context>
<context>
    <name>diptych::SearchResultsModel</name>
    <message>
        <location filename="../app/links/SearchResultsModel.cpp" line="52" />
        <source>No meeting</source>
        <translation>Geen bijeenkomst</translation>
    </message>
    <message>
        <location filename="../app/links/SearchResultsModel.cpp" line="74" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>diptych::ThreadModel</name>
    <message>
        <location filename="../app/links/ThreadModel.cpp" line="76" />
        <source>No meeting</source>
        <translation>Geen bijeenkomst</translation>
    </message>
</context>
<context>
    <name>diptych::ThreadView</name>
    <message>
        <location filename="../app/links/ThreadView.cpp" line="18" />
        <source>Topic</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <location filename="../app/links/ThreadView.cpp" line="24" />
        <source>Passages about the topic, oldest meeting first</source>
        <translation>Passages over het onderwerp, oudste bijeenkomst eerst</translation>
    </message>
    <message>
        <location filename="../app/links/ThreadView.cpp" line="27" />
        <source>&amp;Topic:</source>
        <translation>&amp;Onderwerp:</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/links/ThreadView.cpp" line="52" />
        <source>%1 (%n letters)</source>
        <translation>
            <numerusform>%1 (%n brief)</numerusform>
            <numerusform>%1 (%n brieven)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/links/ThreadView.cpp" line="62" />
        <source>No topic is followed across the letters of the library yet.</source>
        <translation>Nog geen onderwerp dat door de brieven van de bibliotheek loopt.</translation>
    </message>
</context>
<context>
    <name>diptych::WindowAnnotations</name>
    <message>
        <location filename="../app/annotations/WindowAnnotations.cpp" line="64" />
        <location filename="../app/annotations/WindowAnnotations.cpp" line="66" />
        <source>Annotations</source>
        <translation>Annotaties</translation>
    </message>
    <message>
        <location filename="../app/annotations/WindowAnnotations.cpp" line="87" />
        <source>Export PDF with &amp;annotations…</source>
        <translation>PDF met &amp;annotaties exporteren…</translation>
    </message>
    <message>
        <location filename="../app/annotations/WindowAnnotations.cpp" line="89" />
        <source>Export annotations (&amp;W3C JSON)…</source>
        <translation>Annotaties exporteren (&amp;W3C JSON)…</translation>
    </message>
    <message>
        <location filename="../app/annotations/WindowAnnotations.cpp" line="91" />
        <source>&amp;Import annotations…</source>
        <translation>Annotaties &amp;importeren…</translation>
    </message>
    <message>
        <location filename="../app/annotations/WindowAnnotations.cpp" line="93" />
        <source>A copy of the PDF with standard annotations that other PDF viewers show</source>
        <translation>Een kopie van de PDF met standaardannotaties die andere PDF-viewers tonen</translation>
    </message>
    <message>
        <location filename="../app/annotations/WindowAnnotations.cpp" line="109" />
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../app/annotations/WindowAnnotations.cpp" line="111" />
        <source>&amp;Redo</source>
        <translation>&amp;Opnieuw</translation>
    </message>
    <message>
        <location filename="../app/annotations/WindowAnnotations.cpp" line="124" />
        <source>&amp;Highlight</source>
        <translation>&amp;Markeren</translation>
    </message>
    <message>
        <location filename="../app/annotations/WindowAnnotations.cpp" line="124" />
        <source>Ctrl+Shift+H</source>
        <translation>Ctrl+Shift+H</translation>
    </message>
    <message>
        <location filename="../app/annotations/WindowAnnotations.cpp" line="125" />
        <source>&amp;Underline</source>
        <translation>&amp;Onderstrepen</translation>
    </message>
    <message>
        <location filename="../app/annotations/WindowAnnotations.cpp" line="125" />
        <source>Ctrl+Shift+U</source>
        <translation>Ctrl+Shift+U</translation>
    </message>
    <message>
        <location filename="../app/annotations/WindowAnnotations.cpp" line="126" />
        <source>&amp;Strike out</source>
        <translation>&amp;Doorhalen</translation>
    </message>
    <message>
        <location filename="../app/annotations/WindowAnnotations.cpp" line="126" />
        <source>Ctrl+Shift+X</source>
        <translation>Ctrl+Shift+X</translation>
    </message>
    <message>
        <location filename="../app/annotations/WindowAnnotations.cpp" line="127" />
        <source>&amp;Note…</source>
        <translation>&amp;Aantekening…</translation>
    </message>
    <message>
        <location filename="../app/annotations/WindowAnnotations.cpp" line="127" />
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/annotations/WindowAnnotations.cpp" line="184" />
        <source>%n annotation(s) taken over from the PDF</source>
        <translation>
            <numerusform>%n annotatie overgenomen uit de PDF</numerusform>
            <numerusform>%n annotaties overgenomen uit de PDF</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/annotations/WindowAnnotations.cpp" line="186" />
        <source>The annotations inside the PDF cannot be read: %1</source>
        <translation>De annotaties in de PDF kunnen niet worden gelezen: %1</translation>
    </message>
</context>
</TS>