<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl_NL">
<context>
    <name>TextDocumentBuilder</name>
    <message>
        <source>p. %1</source>
        <translation>p. %1</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Voetnoten</translation>
    </message>
</context>
<context>
    <name>diptych::Application</name>
    <message>
        <source>Library</source>
        <translation>Bibliotheek</translation>
    </message>
    <message>
        <source>Diptych</source>
        <translation>Diptych</translation>
    </message>
</context>
<context>
    <name>diptych::CommandLine</name>
    <message>
        <source>Read and compare Kamerbrieven about NATO ministerial meetings.</source>
        <translation>Kamerbrieven over NAVO-ministersbijeenkomsten lezen en vergelijken.</translation>
    </message>
    <message>
        <source>Open LEFT and RIGHT side by side.</source>
        <translation>LINKS en RECHTS naast elkaar openen.</translation>
    </message>
    <message>
        <source>PDF or text files to open.</source>
        <translation>Te openen PDF- of tekstbestanden.</translation>
    </message>
    <message>
        <source>--compare needs exactly two files: LEFT RIGHT</source>
        <translation>--compare heeft precies twee bestanden nodig: LINKS RECHTS</translation>
    </message>
</context>
<context>
    <name>diptych::CompareView</name>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Overeenkomst</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Verslag</translation>
    </message>
    <message>
        <source>Section alignment</source>
        <translation>Koppeling van onderdelen</translation>
    </message>
    <message>
        <source>Linked scrolling</source>
        <translation>Gekoppeld scrollen</translation>
    </message>
    <message>
        <source>Keep aligned sections level while reading either side</source>
        <translation>Gekoppelde onderdelen naast elkaar houden terwijl u een van beide kanten leest</translation>
    </message>
    <message>
        <source>Aligning sections…</source>
        <translation>Onderdelen koppelen…</translation>
    </message>
    <message>
        <source>%1 ↔ %2</source>
        <translation>%1 ↔ %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>On the agenda and in the report</source>
        <translation>Op de agenda en in het verslag</translation>
    </message>
    <message>
        <source>Only on the agenda</source>
        <translation>Alleen op de agenda</translation>
    </message>
    <message>
        <source>Only in the report</source>
        <translation>Alleen in het verslag</translation>
    </message>
    <message>
        <source>%1 aligned, %2 only on the agenda, %3 only in the report</source>
        <translation>%1 gekoppeld, %2 alleen op de agenda, %3 alleen in het verslag</translation>
    </message>
</context>
<context>
    <name>diptych::DocumentPane</name>
    <message>
        <source>Analysing %1…</source>
        <translation>%1 wordt geanalyseerd…</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Read the clean text</source>
        <translation>De opgeschoonde tekst lezen</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pagina's</translation>
    </message>
    <message>
        <source>See the PDF pages</source>
        <translation>De PDF-pagina's bekijken</translation>
    </message>
    <message>
        <source>Page number</source>
        <translation>Paginanummer</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Paginabreedte</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>Hele pagina</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Uitzoomen (Ctrl+-)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>Inzoomen (Ctrl++)</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Pagina</translation>
    </message>
    <message>
        <source>%1 could not be opened:
%2</source>
        <translation>%1 kon niet worden geopend:
%2</translation>
    </message>
    <message>
        <source>The pages cannot be shown: %1</source>
        <translation>De pagina's kunnen niet worden getoond: %1</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>van %1</translation>
    </message>
</context>
<context>
    <name>diptych::DocumentView</name>
    <message>
        <source>Document text</source>
        <translation>Documenttekst</translation>
    </message>
</context>
<context>
    <name>diptych::FindBar</name>
    <message>
        <source>Find in document (accents and case ignored)</source>
        <translation>Zoeken in document (accenten en hoofdletters tellen niet)</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Vorige treffer (Shift+Enter)</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Vorige treffer</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Volgende treffer (Enter)</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Volgende treffer</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Sluiten (Esc)</translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation>Zoekbalk sluiten</translation>
    </message>
    <message>
        <source>no matches</source>
        <translation>geen treffers</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 van %2</translation>
    </message>
</context>
<context>
    <name>diptych::LibraryItemDelegate</name>
    <message>
        <source>%1 (file missing)</source>
        <translation>%1 (bestand ontbreekt)</translation>
    </message>
</context>
<context>
    <name>diptych::LibraryModel</name>
    <message>
        <source>Other documents</source>
        <translation>Overige</translation>
    </message>
    <message>
        <source>NATO foreign ministers meeting</source>
        <translation>Bijeenkomst van NAVO-ministers van Buitenlandse Zaken</translation>
    </message>
    <message>
        <source>Meeting not recognised</source>
        <translation>Bijeenkomst niet herkend</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Verslag</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
</context>
<context>
    <name>diptych::LibraryPanel</name>
    <message>
        <source>Library</source>
        <translation>Bibliotheek</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Toevoegen…</translation>
    </message>
    <message>
        <source>Add documents to the library</source>
        <translation>Documenten aan de bibliotheek toevoegen</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergelijken</translation>
    </message>
    <message>
        <source>Put the agenda and the report of the selected meeting side by side, or any two selected documents</source>
        <translation>De agenda en het verslag van de gekozen bijeenkomst naast elkaar zetten, of twee gekozen documenten</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Remove the selected documents from the library (the files stay)</source>
        <translation>De gekozen documenten uit de bibliotheek verwijderen (de bestanden blijven bestaan)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <source>Remove from library</source>
        <translation>Uit bibliotheek verwijderen</translation>
    </message>
</context>
<context>
    <name>diptych::MainWindow</name>
    <message>
        <source>Diptych</source>
        <translation>Diptych</translation>
    </message>
    <message>
        <source>Open documents</source>
        <translation>Documenten openen</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Diptych&lt;/h2&gt;&lt;p&gt;Open a letter from the library on the left, or drop PDF or text files here.&lt;/p&gt;&lt;p&gt;Select a meeting and choose &lt;b&gt;Compare&lt;/b&gt; to put its agenda and report side by side.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Diptych&lt;/h2&gt;&lt;p&gt;Open een brief uit de bibliotheek links, of sleep PDF- of tekstbestanden hierheen.&lt;/p&gt;&lt;p&gt;Kies een bijeenkomst en klik op &lt;b&gt;Vergelijken&lt;/b&gt; om de agenda en het verslag naast elkaar te zetten.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliotheek</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Inhoud</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Verwijzingen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Openen…</translation>
    </message>
    <message>
        <source>&amp;Compare two documents…</source>
        <translation>Twee documenten &amp;vergelijken…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Recent geopend</translation>
    </message>
    <message>
        <source>&amp;Close tab</source>
        <translation>Tabblad &amp;sluiten</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiëren</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Zoeken…</translation>
    </message>
    <message>
        <source>Find &amp;next</source>
        <translation>&amp;Volgende zoeken</translation>
    </message>
    <message>
        <source>Find &amp;previous</source>
        <translation>Vo&amp;rige zoeken</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Inzoomen</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>&amp;Uitzoomen</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ga naar</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Terug</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Bibliotheek</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>&amp;Outline</source>
        <translation>&amp;Inhoud</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation>&amp;Document</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Diptych</source>
        <translation>&amp;Over Diptych</translation>
    </message>
    <message>
        <source>About Diptych</source>
        <translation>Over Diptych</translation>
    </message>
    <message>
        <source>&lt;b&gt;Diptych %1&lt;/b&gt;&lt;p&gt;Reads Kamerbrieven about NATO ministerial meetings and puts an annotated agenda and its report side by side.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Diptych %1&lt;/b&gt;&lt;p&gt;Leest Kamerbrieven over NAVO-ministersbijeenkomsten en zet een geannoteerde agenda en het verslag ervan naast elkaar.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hoofdbalk</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systeemtaal</translation>
    </message>
    <message>
        <source>Cannot open document</source>
        <translation>Document kan niet worden geopend</translation>
    </message>
    <message>
        <source>%1 cannot be opened: the file does not exist or cannot be read.</source>
        <translation>%1 kan niet worden geopend: het bestand bestaat niet of is niet leesbaar.</translation>
    </message>
    <message>
        <source>Cannot compare</source>
        <translation>Vergelijken lukt niet</translation>
    </message>
    <message>
        <source>%1 cannot be opened:
%2</source>
        <translation>%1 kan niet worden geopend:
%2</translation>
    </message>
    <message numerus="yes">
        <source>Analysing %1 (%n left)…</source>
        <translation>
            <numerusform>%1 wordt geanalyseerd (nog %n)…</numerusform><numerusform>%1 wordt geanalyseerd (nog %n)…</numerusform></translation>
    </message>
    <message>
        <source>Kamerbrieven (*.pdf *.txt);;All files (*)</source>
        <translation>Kamerbrieven (*.pdf *.txt);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Agenda (left)</source>
        <translation>Agenda (links)</translation>
    </message>
    <message>
        <source>Report (right)</source>
        <translation>Verslag (rechts)</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documenten</translation>
    </message>
    <message>
        <source>&amp;Watch a folder…</source>
        <translation>Map &amp;volgen…</translation>
    </message>
    <message>
        <source>Watch a folder</source>
        <translation>Map volgen</translation>
    </message>
</context>
<context>
    <name>diptych::OutlinePanel</name>
    <message>
        <source>Outline</source>
        <translation>Inhoud</translation>
    </message>
    <message>
        <source>Cover letter</source>
        <translation>Aanbiedingsbrief</translation>
    </message>
    <message>
        <source>No sections found</source>
        <translation>Geen onderdelen gevonden</translation>
    </message>
</context>
<context>
    <name>diptych::PdfView</name>
    <message>
        <source>PDF pages</source>
        <translation>PDF-pagina's</translation>
    </message>
</context>
<context>
    <name>diptych::ReferencesPanel</name>
    <message>
        <source>Reference</source>
        <translation>Verwijzing</translation>
    </message>
    <message>
        <source>In library</source>
        <translation>In bibliotheek</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Verwijzingen</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>Reference not in the library</source>
        <translation>Verwijzing niet in de bibliotheek</translation>
    </message>
    <message>
        <source>%1 is not in your library.

Open its page on officielebekendmakingen.nl in the browser?
%2</source>
        <translation>%1 staat niet in uw bibliotheek.

De pagina op officielebekendmakingen.nl in de browser openen?
%2</translation>
    </message>
</context>
</TS>