<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl_NL">
<context>
    <name>AddAnnotationCommand</name>
    <message>
        <location filename="../app/annotations/AddAnnotationCommand.cpp" line="+12" />
        <source>Add %1</source>
        <translation>Toevoegen: %1</translation>
    </message>
</context>
<context>
    <name>AddReplyCommand</name>
    <message>
        <location filename="../app/annotations/AddReplyCommand.cpp" line="+10" />
        <source>Reply</source>
        <translation>Antwoorden</translation>
    </message>
</context>
<context>
    <name>ChangeAnnotationColorCommand</name>
    <message>
        <location filename="../app/annotations/ChangeAnnotationColorCommand.cpp" line="+20" />
        <source>Recolour</source>
        <translation>Andere kleur</translation>
    </message>
</context>
<context>
    <name>EditNoteTextCommand</name>
    <message>
        <location filename="../app/annotations/EditNoteTextCommand.cpp" line="+18" />
        <source>Edit note</source>
        <translation>Aantekening bewerken</translation>
    </message>
</context>
<context>
    <name>EditReplyCommand</name>
    <message>
        <location filename="../app/annotations/EditReplyCommand.cpp" line="+12" />
        <source>Edit reply</source>
        <translation>Antwoord bewerken</translation>
    </message>
</context>
<context>
    <name>EditTagsCommand</name>
    <message>
        <location filename="../app/annotations/EditTagsCommand.cpp" line="+12" />
        <source>Edit tags</source>
        <translation>Labels bewerken</translation>
    </message>
</context>
<context>
    <name>ExternalLinkPrompt</name>
    <message>
        <location filename="../app/links/ExternalLinkPrompt.cpp" line="+13" />
        <source>Reference not in the library</source>
        <translation>Verwijzing niet in de bibliotheek</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 is not in your library.

Open its page on officielebekendmakingen.nl in the browser?
%2</source>
        <translation>%1 staat niet in uw bibliotheek.

De pagina op officielebekendmakingen.nl in de browser openen?
%2</translation>
    </message>
</context>
<context>
    <name>RemoveAnnotationCommand</name>
    <message>
        <location filename="../app/annotations/RemoveAnnotationCommand.cpp" line="+17" />
        <source>Delete %1</source>
        <translation>Verwijderen: %1</translation>
    </message>
</context>
<context>
    <name>RemoveReplyCommand</name>
    <message>
        <location filename="../app/annotations/RemoveReplyCommand.cpp" line="+10" />
        <source>Delete reply</source>
        <translation>Antwoord verwijderen</translation>
    </message>
</context>
<context>
    <name>ShareAnnotationCommand</name>
    <message>
        <location filename="../app/annotations/ShareAnnotationCommand.cpp" line="+13" />
        <source>Make private</source>
        <translation>Privé maken</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Share with the team</source>
        <translation>Delen met het team</translation>
    </message>
</context>
<context>
    <name>TextDocumentBuilder</name>
    <message>
        <location filename="../app/document/TextDocumentBuilder.cpp" line="+146" />
        <source>p. %1</source>
        <translation>p. %1</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Notes</source>
        <translation>Voetnoten</translation>
    </message>
</context>
<context>
    <name>diptych::AnnotationController</name>
    <message>
        <location filename="../app/annotations/AnnotationController.cpp" line="+53" />
        <source>Yellow</source>
        <translation>Geel</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Green</source>
        <translation>Groen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Blue</source>
        <translation>Blauw</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pink</source>
        <translation>Roze</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Orange</source>
        <translation>Oranje</translation>
    </message>
    <message>
        <location line="+15" />
        <location line="+93" />
        <source>&amp;Highlight</source>
        <translation>&amp;Markeren</translation>
    </message>
    <message>
        <location line="-93" />
        <source>Ctrl+Shift+H</source>
        <translation>Ctrl+Shift+H</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Underline</source>
        <translation>&amp;Onderstrepen</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Ctrl+Shift+U</source>
        <translation>Ctrl+Shift+U</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Strike out</source>
        <translation>&amp;Doorhalen</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Ctrl+Shift+X</source>
        <translation>Ctrl+Shift+X</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Note…</source>
        <translation>&amp;Aantekening…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <location line="+107" />
        <source>Add &amp;note…</source>
        <translation>Aante&amp;kening toevoegen…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Edit &amp;note…</source>
        <translation>Aante&amp;kening bewerken…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Colour</source>
        <translation>&amp;Kleur</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Make %1</source>
        <translation>Maak er %1 van</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Delete annotation</source>
        <translation>Annotatie &amp;verwijderen</translation>
    </message>
    <message>
        <location line="+12" />
        <source>&amp;Private (only me)</source>
        <translation>&amp;Privé (alleen ik)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Already shared with the team, whose members may have it</source>
        <translation>Al gedeeld met het team; de leden kunnen het al hebben</translation>
    </message>
    <message>
        <location line="+15" />
        <source>&amp;Copy</source>
        <translation>&amp;Kopiëren</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Add a &amp;note here…</source>
        <translation>Hier een aante&amp;kening plaatsen…</translation>
    </message>
</context>
<context>
    <name>diptych::AnnotationFiles</name>
    <message>
        <location filename="../app/annotations/AnnotationFiles.cpp" line="+47" />
        <location line="+13" />
        <location line="+18" />
        <source>The letter is not analysed yet.</source>
        <translation>De brief is nog niet geanalyseerd.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The file holds no annotations.</source>
        <translation>Het bestand bevat geen annotaties.</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>Import %n annotation(s)</source>
        <translation>
            <numerusform>%n annotatie importeren</numerusform>
            <numerusform>%n annotaties importeren</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19" />
        <location line="+5" />
        <source>Export PDF with annotations</source>
        <translation>PDF met annotaties exporteren</translation>
    </message>
    <message>
        <location line="-4" />
        <source>-annotations</source>
        <translation>-annotaties</translation>
    </message>
    <message>
        <location line="+1" />
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-documenten (*.pdf)</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+12" />
        <source>%1 could not be written: %2</source>
        <translation>%1 kon niet worden geschreven: %2</translation>
    </message>
    <message>
        <location line="-6" />
        <location line="+5" />
        <source>Export annotations</source>
        <translation>Annotaties exporteren</translation>
    </message>
    <message>
        <location line="-3" />
        <location line="+10" />
        <source>W3C Web Annotations (*.json *.jsonld)</source>
        <translation>W3C-webannotaties (*.json *.jsonld)</translation>
    </message>
    <message>
        <location line="-1" />
        <location line="+7" />
        <location line="+5" />
        <source>Import annotations</source>
        <translation>Annotaties importeren</translation>
    </message>
    <message>
        <location line="-4" />
        <source>%1 could not be imported: %2</source>
        <translation>%1 kon niet worden geïmporteerd: %2</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 placed, %2 not found in this letter: they are listed under "Not placed" in the Annotations panel.</source>
        <translation>%1 geplaatst, %2 niet gevonden in deze brief: die staan onder "Niet geplaatst" in het paneel Annotaties.</translation>
    </message>
</context>
<context>
    <name>diptych::AnnotationModel</name>
    <message>
        <location filename="../app/annotations/AnnotationModel.cpp" line="+175" />
        <source>The annotation database is not open: this change is kept only until Diptych closes.</source>
        <translation>De annotatiedatabase is niet open: deze wijziging blijft alleen bewaard tot Diptych sluit.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The annotation could not be stored: %1</source>
        <translation>De annotatie kon niet worden opgeslagen: %1</translation>
    </message>
    <message>
        <location line="+36" />
        <source>The annotation could not be deleted: %1</source>
        <translation>De annotatie kon niet worden verwijderd: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+54" />
        <source>The annotation database is not open.</source>
        <translation>De annotatiedatabase is niet open.</translation>
    </message>
    <message>
        <location line="-21" />
        <source>The reply could not be stored: %1</source>
        <translation>Het antwoord kon niet worden opgeslagen: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The annotation database is not open: this reply is kept only until Diptych closes.</source>
        <translation>De annotatiedatabase is niet open: dit antwoord blijft alleen bewaard tot Diptych sluit.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>The reply could not be deleted: %1</source>
        <translation>Het antwoord kon niet worden verwijderd: %1</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Highlight</source>
        <translation>Markering</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Underline</source>
        <translation>Onderstreping</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Strike-out</source>
        <translation>Doorhaling</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Note on a passage</source>
        <translation>Aantekening bij een passage</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Note on a page</source>
        <translation>Aantekening op een pagina</translation>
    </message>
</context>
<context>
    <name>diptych::AnnotationsPanel</name>
    <message>
        <location filename="../app/annotations/AnnotationsPanel.cpp" line="+85" />
        <source>Annotations</source>
        <translation>Annotaties</translation>
    </message>
    <message>
        <location line="+7" />
        <location line="+588" />
        <source>Reply…</source>
        <translation>Antwoorden…</translation>
    </message>
    <message>
        <location line="-587" />
        <source>Answer this annotation</source>
        <translation>Deze annotatie beantwoorden</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+1" />
        <source>Note</source>
        <translation>Aantekening</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Tags, separated by commas</source>
        <translation>Labels, gescheiden door komma’s</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tags</source>
        <translation>Labels</translation>
    </message>
    <message>
        <location line="+45" />
        <source>Whole library</source>
        <translation>Hele bibliotheek</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show the annotations of every document, not only the current one</source>
        <translation>De annotaties van alle documenten tonen, niet alleen van het huidige</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Filter by text</source>
        <translation>Filteren op tekst</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Filter annotations by text</source>
        <translation>Annotaties filteren op tekst</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location line="+1" />
        <source>All kinds</source>
        <translation>Alle soorten</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Highlights</source>
        <translation>Markeringen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Underlines</source>
        <translation>Onderstrepingen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Strike-outs</source>
        <translation>Doorhalingen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Notes</source>
        <translation>Voetnoten</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Colour</source>
        <translation>Kleur</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Tag</source>
        <translation>Label</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location line="+107" />
        <source>All colours</source>
        <translation>Alle kleuren</translation>
    </message>
    <message>
        <location line="+1" />
        <source>All tags</source>
        <translation>Alle labels</translation>
    </message>
    <message>
        <location line="+1" />
        <source>All authors</source>
        <translation>Alle auteurs</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Document not in the library</source>
        <translation>Document niet in de bibliotheek</translation>
    </message>
    <message>
        <location line="+50" />
        <source>Reply by %1, %2: %3</source>
        <translation>Antwoord van %1, %2: %3</translation>
    </message>
    <message>
        <location line="+116" />
        <source>In this document</source>
        <translation>In dit document</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Not placed</source>
        <translation>Niet geplaatst</translation>
    </message>
    <message>
        <location line="+61" />
        <source>Only %1 changes this note; reply to it instead</source>
        <translation>Alleen %1 wijzigt deze aantekening; beantwoord haar in plaats daarvan</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 by %2, %3</source>
        <translation>%1 door %2, %3</translation>
    </message>
    <message>
        <location line="+165" />
        <source>Edit reply…</source>
        <translation>Antwoord bewerken…</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Delete reply</source>
        <translation>Antwoord verwijderen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Only %1 can delete this reply</source>
        <translation>Alleen %1 kan dit antwoord verwijderen</translation>
    </message>
</context>
<context>
    <name>diptych::Application</name>
    <message>
        <location filename="../app/shell/Application.cpp" line="+108" />
        <source>Library</source>
        <translation>Bibliotheek</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Diptych</source>
        <translation>Diptych</translation>
    </message>
    <message>
        <location line="+60" />
        <source>The annotations cannot be read or saved: %1</source>
        <translation>De annotaties kunnen niet worden gelezen of opgeslagen: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Annotations</source>
        <translation>Annotaties</translation>
    </message>
</context>
<context>
    <name>diptych::CitedKamerstukDownload</name>
    <message>
        <location filename="../app/library/CitedKamerstukDownload.cpp" line="+33" />
        <source>Already fetching letters</source>
        <translation>Er worden al brieven opgehaald</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Downloading %1…</source>
        <translation>%1 wordt gedownload…</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Download and open</source>
        <translation>Downloaden en openen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 could not be downloaded:
%2</source>
        <translation>%1 kon niet worden gedownload:
%2</translation>
    </message>
</context>
<context>
    <name>diptych::CommandLine</name>
    <message>
        <location filename="../app/shell/CommandLine.cpp" line="+11" />
        <source>Read and compare Kamerbrieven about NATO ministerial meetings.</source>
        <translation>Kamerbrieven over NAVO-ministersbijeenkomsten lezen en vergelijken.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Open LEFT and RIGHT side by side.</source>
        <translation>LINKS en RECHTS naast elkaar openen.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>PDF or text files to open.</source>
        <translation>Te openen PDF- of tekstbestanden.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>--compare needs exactly two files: LEFT RIGHT</source>
        <translation>--compare heeft precies twee bestanden nodig: LINKS RECHTS</translation>
    </message>
</context>
<context>
    <name>diptych::CompareView</name>
    <message>
        <location filename="../app/compare/CompareView.cpp" line="+40" />
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Match</source>
        <translation>Overeenkomst</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Report</source>
        <translation>Verslag</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Section alignment</source>
        <translation>Koppeling van onderdelen</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Linked scrolling</source>
        <translation>Gekoppeld scrollen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Keep aligned sections level while reading either side</source>
        <translation>Gekoppelde onderdelen naast elkaar houden terwijl u een van beide kanten leest</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Aligning sections…</source>
        <translation>Onderdelen koppelen…</translation>
    </message>
    <message>
        <location line="+46" />
        <source>%1 ↔ %2</source>
        <translation>%1 ↔ %2</translation>
    </message>
    <message>
        <location line="+29" />
        <source>&lt;b&gt;Across meetings&lt;/b&gt; — left: %1; right: %2</source>
        <translation>&lt;b&gt;Over vergaderingen heen&lt;/b&gt; — links: %1; rechts: %2</translation>
    </message>
    <message>
        <location line="+8" />
        <source>the agenda of %1</source>
        <translation>de agenda van %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the report of %1</source>
        <translation>het verslag van %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>a letter on %1</source>
        <translation>een brief over %1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+14" />
        <source>On the agenda and in the report</source>
        <translation>Op de agenda en in het verslag</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Only on the agenda</source>
        <translation>Alleen op de agenda</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Only in the report</source>
        <translation>Alleen in het verslag</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Nothing to align: neither letter has headings; they are shown side by side</source>
        <translation>Niets te koppelen: geen van beide brieven heeft kopjes; ze staan naast elkaar</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Nothing to align: the left letter has no headings; they are shown side by side</source>
        <translation>Niets te koppelen: de linker brief heeft geen kopjes; ze staan naast elkaar</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nothing to align: the right letter has no headings; they are shown side by side</source>
        <translation>Niets te koppelen: de rechter brief heeft geen kopjes; ze staan naast elkaar</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 aligned, %2 only on the agenda, %3 only in the report</source>
        <translation>%1 gekoppeld, %2 alleen op de agenda, %3 alleen in het verslag</translation>
    </message>
</context>
<context>
    <name>diptych::DocumentHeader</name>
    <message>
        <location filename="../app/document/DocumentHeader.cpp" line="+29" />
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Read the clean text</source>
        <translation>De opgeschoonde tekst lezen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pages</source>
        <translation>Pagina's</translation>
    </message>
    <message>
        <location line="+1" />
        <source>See the PDF pages</source>
        <translation>De PDF-pagina's bekijken</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Page number</source>
        <translation>Paginanummer</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Fit width</source>
        <translation>Paginabreedte</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Fit page</source>
        <translation>Hele pagina</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Zoom out (Ctrl+-)</source>
        <translation>Uitzoomen (Ctrl+-)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Zoom in (Ctrl++)</source>
        <translation>Inzoomen (Ctrl++)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Page</source>
        <translation>Pagina</translation>
    </message>
    <message>
        <location line="+51" />
        <source>of %1</source>
        <translation>van %1</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The pages cannot be shown: %1</source>
        <translation>De pagina's kunnen niet worden getoond: %1</translation>
    </message>
</context>
<context>
    <name>diptych::DocumentLinksModel</name>
    <message>
        <location filename="../app/links/DocumentLinksModel.cpp" line="+47" />
        <source>dossier %1</source>
        <translation>dossier %1</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Same meeting</source>
        <translation>Zelfde bijeenkomst</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Previous meeting</source>
        <translation>Vorige bijeenkomst</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Next meeting</source>
        <translation>Volgende bijeenkomst</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kamerstukken cited</source>
        <translation>Aangehaalde Kamerstukken</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cited by</source>
        <translation>Aangehaald in</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Also cited in</source>
        <translation>Ook aangehaald in</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Meetings mentioned</source>
        <translation>Genoemde bijeenkomsten</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Mentioned in</source>
        <translation>Genoemd in</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Same summit mentioned in</source>
        <translation>Zelfde top genoemd in</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Topics</source>
        <translation>Onderwerpen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Outside the library</source>
        <translation>Buiten de bibliotheek</translation>
    </message>
    <message>
        <location line="+58" />
        <source>%1, earlier</source>
        <translation>%1, eerder</translation>
    </message>
    <message>
        <location line="+0" />
        <source>%1, later</source>
        <translation>%1, later</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Not in the library: opens %1 in the browser when you ask</source>
        <translation>Niet in de bibliotheek: opent %1 in de browser als u dat vraagt</translation>
    </message>
    <message>
        <location line="+27" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>diptych::DocumentPane</name>
    <message>
        <location filename="../app/document/DocumentPane.cpp" line="+53" />
        <source>Analysing %1…</source>
        <translation>%1 wordt geanalyseerd…</translation>
    </message>
    <message>
        <location line="+111" />
        <source>%1 could not be opened:
%2</source>
        <translation>%1 kon niet worden geopend:
%2</translation>
    </message>
</context>
<context>
    <name>diptych::DocumentTabs</name>
    <message>
        <location filename="../app/shell/DocumentTabs.cpp" line="+19" />
        <source>Documents</source>
        <translation>Documenten</translation>
    </message>
</context>
<context>
    <name>diptych::DocumentView</name>
    <message>
        <location filename="../app/document/DocumentView.cpp" line="+31" />
        <source>Document text</source>
        <translation>Documenttekst</translation>
    </message>
</context>
<context>
    <name>diptych::DownloadAndOpenMenu</name>
    <message>
        <location filename="../app/library/DownloadAndOpenMenu.cpp" line="+16" />
        <source>Download and open</source>
        <translation>Downloaden en openen</translation>
    </message>
</context>
<context>
    <name>diptych::FetchService</name>
    <message>
        <location filename="../app/library/FetchService.cpp" line="+60" />
        <source>The library cannot be opened: %1</source>
        <translation>De bibliotheek kan niet worden geopend: %1</translation>
    </message>
</context>
<context>
    <name>diptych::FindBar</name>
    <message>
        <location filename="../app/document/FindBar.cpp" line="+15" />
        <source>Find in document (accents and case ignored)</source>
        <translation>Zoeken in document (accenten en hoofdletters tellen niet)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Find</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Previous match (Shift+Enter)</source>
        <translation>Vorige treffer (Shift+Enter)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Previous match</source>
        <translation>Vorige treffer</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Next match (Enter)</source>
        <translation>Volgende treffer (Enter)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Next match</source>
        <translation>Volgende treffer</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Close (Esc)</source>
        <translation>Sluiten (Esc)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Close find bar</source>
        <translation>Zoekbalk sluiten</translation>
    </message>
    <message>
        <location line="+35" />
        <source>no matches</source>
        <translation>geen treffers</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 of %2</source>
        <translation>%1 van %2</translation>
    </message>
</context>
<context>
    <name>diptych::FollowDossierActions</name>
    <message>
        <location filename="../app/library/FollowDossierActions.cpp" line="+37" />
        <source>&amp;Follow dossier…</source>
        <translation>Dossier &amp;volgen…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Check followed dossiers now</source>
        <translation>Gevolgde dossiers nu &amp;controleren</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Check followed dossiers at &amp;start</source>
        <translation>Gevolgde dossiers bij &amp;starten controleren</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Download a dossier's Kamerstukken from officielebekendmakingen.nl into the library</source>
        <translation>De Kamerstukken van een dossier van officielebekendmakingen.nl in de bibliotheek ophalen</translation>
    </message>
    <message>
        <location line="+35" />
        <location line="+6" />
        <location line="+28" />
        <location line="+36" />
        <source>Follow dossier</source>
        <translation>Dossier volgen</translation>
    </message>
    <message>
        <location line="-70" />
        <source>Dossier number (for example 28676 or 21501-02):</source>
        <translation>Dossiernummer (bijvoorbeeld 28676 of 21501-02):</translation>
    </message>
    <message>
        <location line="+6" />
        <source>“%1” is not a dossier number.</source>
        <translation>“%1” is geen dossiernummer.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Already fetching letters</source>
        <translation>Er worden al brieven opgehaald</translation>
    </message>
    <message>
        <location line="+6" />
        <location line="+3" />
        <source>Searching the official publications…</source>
        <translation>De officiële publicaties worden doorzocht…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location line="+12" />
        <source>%1 of %2: %3</source>
        <translation>%1 van %2: %3</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Fetching letters: %1</source>
        <translation>Brieven ophalen: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+17" />
        <source>Fetching cancelled: %n new letter(s)</source>
        <translation>
            <numerusform>Ophalen geannuleerd: %n nieuwe brief</numerusform><numerusform>Ophalen geannuleerd: %n nieuwe brieven</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>Fetching done: %n new letter(s)</source>
        <translation>
            <numerusform>Ophalen klaar: %n nieuwe brief</numerusform><numerusform>Ophalen klaar: %n nieuwe brieven</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>, %n already in the library</source>
        <translation>
            <numerusform>, %n al in de bibliotheek</numerusform><numerusform>, %n al in de bibliotheek</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>, %n failed</source>
        <translation>
            <numerusform>, %n mislukt</numerusform><numerusform>, %n mislukt</numerusform></translation>
    </message>
</context>
<context>
    <name>diptych::FootnotePopup</name>
    <message>
        <location filename="../app/document/FootnotePopup.cpp" line="+64" />
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Download and open</source>
        <translation>Downloaden en openen</translation>
    </message>
</context>
<context>
    <name>diptych::LibraryIndexActions</name>
    <message>
        <location filename="../app/library/LibraryIndexActions.cpp" line="+15" />
        <source>Rebuild search &amp;index</source>
        <translation>Zoek&amp;index opnieuw opbouwen</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Analyse every letter of the library again and rebuild the search index</source>
        <translation>Alle brieven van de bibliotheek opnieuw analyseren en de zoekindex opnieuw opbouwen</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Search index: %1</source>
        <translation>Zoekindex: %1</translation>
    </message>
    <message>
        <location filename="../app/library/LibraryMenu.cpp" line="+16" />
        <source>L&amp;ibrary</source>
        <translation>&amp;Bibliotheek</translation>
    </message>
    <message>
        <location filename="../app/library/LibraryIndexActions.cpp" line="+10" />
        <source>Indexing the library: %1 of %2 letters</source>
        <translation>Bibliotheek indexeren: %1 van %2 brieven</translation>
    </message>
    <message numerus="yes">
        <location line="+5" />
        <source>Search index up to date: %n letter(s) indexed</source>
        <translation>
            <numerusform>Zoekindex bijgewerkt: %n brief geïndexeerd</numerusform>
            <numerusform>Zoekindex bijgewerkt: %n brieven geïndexeerd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>, %n unchanged</source>
        <translation>
            <numerusform>, %n ongewijzigd</numerusform>
            <numerusform>, %n ongewijzigd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
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
        <location filename="../app/library/LibraryItemDelegate.cpp" line="+63" />
        <source>%1 (file missing)</source>
        <translation>%1 (bestand ontbreekt)</translation>
    </message>
</context>
<context>
    <name>diptych::LibraryModel</name>
    <message>
        <location filename="../app/library/LibraryModel.cpp" line="+172" />
        <source>Other documents</source>
        <translation>Overige</translation>
    </message>
    <message>
        <location line="+2" />
        <source>NATO foreign ministers meeting</source>
        <translation>Bijeenkomst van NAVO-ministers van Buitenlandse Zaken</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Meeting not recognised</source>
        <translation>Bijeenkomst niet herkend</translation>
    </message>
    <message numerus="yes">
        <location line="+21" />
        <source>%1 and %n other file(s) of this letter</source>
        <translation>
            <numerusform>%1 en %n ander bestand van deze brief</numerusform><numerusform>%1 en %n andere bestanden van deze brief</numerusform></translation>
    </message>
    <message>
        <location line="+10" />
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Report</source>
        <translation>Verslag</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Motion</source>
        <translation>Motie</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Questions</source>
        <translation>Kamervragen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Committee</source>
        <translation>Commissie</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
</context>
<context>
    <name>diptych::LibraryPanel</name>
    <message>
        <location filename="../app/library/LibraryPanel.cpp" line="+27" />
        <source>Library</source>
        <translation>Bibliotheek</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Add…</source>
        <translation>Toevoegen…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add documents to the library</source>
        <translation>Documenten aan de bibliotheek toevoegen</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+113" />
        <source>Compare</source>
        <translation>Vergelijken</translation>
    </message>
    <message>
        <location line="-112" />
        <source>Put the agenda and the report of the selected meeting side by side, or any two selected documents</source>
        <translation>De agenda en het verslag van de gekozen bijeenkomst naast elkaar zetten, of twee gekozen documenten</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Remove the selected documents from the library (the files stay)</source>
        <translation>De gekozen documenten uit de bibliotheek verwijderen (de bestanden blijven bestaan)</translation>
    </message>
    <message>
        <location line="+108" />
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Export notes of this meeting…</source>
        <translation>Aantekeningen van deze bijeenkomst exporteren…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Export notes…</source>
        <translation>Aantekeningen exporteren…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Remove from library</source>
        <translation>Uit bibliotheek verwijderen</translation>
    </message>
</context>
<context>
    <name>diptych::LibrarySearchPanel</name>
    <message>
        <location filename="../app/links/LibrarySearchPanel.cpp" line="+20" />
        <source>Search all letters (oekraine, "burden sharing", defensie*)</source>
        <translation>Zoeken in alle brieven (oekraine, "burden sharing", defensie*)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Search the library</source>
        <translation>Zoeken in de bibliotheek</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Search results by meeting</source>
        <translation>Zoekresultaten per bijeenkomst</translation>
    </message>
    <message>
        <location line="+42" />
        <source>Searching…</source>
        <translation>Zoeken…</translation>
    </message>
    <message>
        <location line="+16" />
        <source>The search index cannot be read: %1</source>
        <translation>De zoekindex kan niet worden gelezen: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No letter matches.</source>
        <translation>Geen brief gevonden.</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
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
        <location filename="../app/links/LinkDocks.cpp" line="+22" />
        <source>&amp;Search library…</source>
        <translation>&amp;Zoeken in bibliotheek…</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Links</source>
        <translation>Koppelingen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Threads</source>
        <translation>Draden</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Timeline</source>
        <translation>Tijdlijn</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Search library</source>
        <translation>Zoeken in bibliotheek</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
</context>
<context>
    <name>diptych::LinksPanel</name>
    <message>
        <location filename="../app/links/LinksPanel.cpp" line="+22" />
        <source>Links of this document</source>
        <translation>Verwijzingen van dit document</translation>
    </message>
    <message>
        <location line="+38" />
        <source>Open a letter to see how it is linked to the other letters of the library.</source>
        <translation>Open een brief om te zien hoe die verbonden is met de andere brieven van de bibliotheek.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Linking the library…</source>
        <translation>Bibliotheek koppelen…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No links to other letters of the library.</source>
        <translation>Geen verwijzingen naar andere brieven van de bibliotheek.</translation>
    </message>
</context>
<context>
    <name>diptych::MainWindow</name>
    <message>
        <location filename="../app/shell/MainWindow.cpp" line="+69" />
        <source>Diptych</source>
        <translation>Diptych</translation>
    </message>
    <message>
        <location line="+389" />
        <source>Open documents</source>
        <translation>Documenten openen</translation>
    </message>
    <message>
        <location line="-348" />
        <source>Library</source>
        <translation>Bibliotheek</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Outline</source>
        <translation>Inhoud</translation>
    </message>
    <message>
        <location line="+2" />
        <source>References</source>
        <translation>Verwijzingen</translation>
    </message>
    <message>
        <location line="+20" />
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Open…</source>
        <translation>&amp;Openen…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Compare two documents…</source>
        <translation>Twee documenten &amp;vergelijken…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Export notes…</source>
        <translation>Aantekeningen &amp;exporteren…</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Open &amp;recent</source>
        <translation>&amp;Recent geopend</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Close tab</source>
        <translation>Tabblad &amp;sluiten</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Copy</source>
        <translation>&amp;Kopiëren</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Find…</source>
        <translation>&amp;Zoeken…</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Find &amp;next</source>
        <translation>&amp;Volgende zoeken</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Find &amp;previous</source>
        <translation>Vo&amp;rige zoeken</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Annotate</source>
        <translation>&amp;Annoteren</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Your &amp;name on annotations…</source>
        <translation>Uw &amp;naam op annotaties…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Zoom &amp;in</source>
        <translation>&amp;Inzoomen</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Zoom &amp;out</source>
        <translation>&amp;Uitzoomen</translation>
    </message>
    <message>
        <location line="+12" />
        <source>&amp;Reset layout</source>
        <translation>Indeling &amp;herstellen</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Go</source>
        <translation>&amp;Ga naar</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Back</source>
        <translation>&amp;Terug</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Library</source>
        <translation>&amp;Bibliotheek</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Outline</source>
        <translation>&amp;Inhoud</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Document</source>
        <translation>&amp;Document</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;About Diptych</source>
        <translation>&amp;Over Diptych</translation>
    </message>
    <message>
        <location line="+1" />
        <source>About Diptych</source>
        <translation>Over Diptych</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&lt;b&gt;Diptych %1&lt;/b&gt;&lt;p&gt;Reads Kamerbrieven about NATO ministerial meetings and puts an annotated agenda and its report side by side.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Diptych %1&lt;/b&gt;&lt;p&gt;Leest Kamerbrieven over NAVO-ministersbijeenkomsten en zet een geannoteerde agenda en het verslag ervan naast elkaar.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Main</source>
        <translation>Hoofdbalk</translation>
    </message>
    <message>
        <location line="+16" />
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <location line="+3" />
        <source>System language</source>
        <translation>Systeemtaal</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Your name on annotations</source>
        <translation>Uw naam op annotaties</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Annotations you make from now on carry this name:</source>
        <translation>Annotaties die u vanaf nu maakt, krijgen deze naam:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>&amp;Theme</source>
        <translation>&amp;Thema</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;System</source>
        <translation>&amp;Systeem</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Light</source>
        <translation>&amp;Licht</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Dark</source>
        <translation>&amp;Donker</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;Keep PDF pages white</source>
        <translation>PDF-pagina’s &amp;wit houden</translation>
    </message>
    <message>
        <location line="+4" />
        <source>In the dark theme, show PDF pages as printed instead of inverted</source>
        <translation>In het donkere thema PDF-pagina’s tonen zoals gedrukt in plaats van omgekeerd</translation>
    </message>
    <message>
        <location line="+42" />
        <location line="+79" />
        <source>Cannot open document</source>
        <translation>Document kan niet worden geopend</translation>
    </message>
    <message>
        <location line="+28" />
        <source>%1 cannot be opened: its name is not valid UTF-8. Rename the file and open it again.</source>
        <translation>%1 kan niet worden geopend: de naam is geen geldige UTF-8. Geef het bestand een andere naam en open het opnieuw.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 cannot be opened: the file does not exist or cannot be read.</source>
        <translation>%1 kan niet worden geopend: het bestand bestaat niet of is niet leesbaar.</translation>
    </message>
    <message>
        <location line="-83" />
        <source>Cannot compare</source>
        <translation>Vergelijken lukt niet</translation>
    </message>
    <message>
        <location line="+54" />
        <source>%1 cannot be opened:
%2</source>
        <translation>%1 kan niet worden geopend:
%2</translation>
    </message>
    <message numerus="yes">
        <location line="+6" />
        <source>Analysing %1 (%n left)…</source>
        <translation>
            <numerusform>%1 wordt geanalyseerd (nog %n)…</numerusform><numerusform>%1 wordt geanalyseerd (nog %n)…</numerusform></translation>
    </message>
    <message>
        <location line="+30" />
        <location line="+24" />
        <source>Kamerbrieven (*.pdf *.txt);;All files (*)</source>
        <translation>Kamerbrieven (*.pdf *.txt);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Agenda (left)</source>
        <translation>Agenda (links)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Report (right)</source>
        <translation>Verslag (rechts)</translation>
    </message>
    <message>
        <location line="-350" />
        <source>&amp;Watch a folder…</source>
        <translation>Map &amp;volgen…</translation>
    </message>
    <message>
        <location line="+331" />
        <source>Watch a folder</source>
        <translation>Map volgen</translation>
    </message>
</context>
<context>
    <name>diptych::MeetingTimeline</name>
    <message>
        <location filename="../app/links/MeetingTimeline.cpp" line="+42" />
        <source>Timeline of meetings</source>
        <translation>Tijdlijn van bijeenkomsten</translation>
    </message>
    <message>
        <location line="+112" />
        <source>The meetings of the library appear here once their letters are linked.</source>
        <translation>De bijeenkomsten van de bibliotheek verschijnen hier zodra hun brieven gekoppeld zijn.</translation>
    </message>
    <message>
        <location line="+46" />
        <source>place unknown</source>
        <translation>plaats onbekend</translation>
    </message>
    <message>
        <location line="+20" />
        <source>no %1</source>
        <translation>geen %1</translation>
    </message>
</context>
<context>
    <name>diptych::NoteEditor</name>
    <message>
        <location filename="../app/annotations/NoteEditor.cpp" line="+89" />
        <source>Looking for suggestions…</source>
        <translation>Suggesties zoeken…</translation>
    </message>
    <message>
        <location line="+6" />
        <location line="+5" />
        <source>Add to dictionary</source>
        <translation>Toevoegen aan woordenboek</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The word could not be added to your word list:
%1</source>
        <translation>Het woord kon niet aan uw woordenlijst worden toegevoegd:
%1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Ignore</source>
        <translation>Negeren</translation>
    </message>
    <message>
        <location line="+45" />
        <source>No suggestions</source>
        <translation>Geen suggesties</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Spelling language</source>
        <translation>Spellingtaal</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <location line="+1" />
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <location line="+8" />
        <source>No dictionary installed</source>
        <translation>Geen woordenboek geïnstalleerd</translation>
    </message>
</context>
<context>
    <name>diptych::NotesExport</name>
    <message>
        <location filename="../app/export/NotesExport.cpp" line="+30" />
        <source>ODF text document (*.odt)</source>
        <translation>ODF-tekstdocument (*.odt)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>-notes</source>
        <translation>-aantekeningen</translation>
    </message>
    <message>
        <location line="+6" />
        <source>meeting-notes</source>
        <translation>aantekeningen-bijeenkomst</translation>
    </message>
    <message>
        <location line="+15" />
        <location line="+8" />
        <source>Export notes</source>
        <translation>Aantekeningen exporteren</translation>
    </message>
    <message>
        <location line="-8" />
        <source>The notes could not be exported.
%1</source>
        <translation>De aantekeningen konden niet worden geëxporteerd.
%1</translation>
    </message>
    <message>
        <location line="+42" />
        <source>Choose a name ending in .odt or .md.</source>
        <translation>Kies een naam die eindigt op .odt of .md.</translation>
    </message>
</context>
<context>
    <name>diptych::OutlinePanel</name>
    <message>
        <location filename="../app/document/OutlinePanel.cpp" line="+38" />
        <source>Outline</source>
        <translation>Inhoud</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Cover letter</source>
        <translation>Aanbiedingsbrief</translation>
    </message>
    <message>
        <location line="+20" />
        <source>No sections found</source>
        <translation>Geen onderdelen gevonden</translation>
    </message>
</context>
<context>
    <name>diptych::PdfView</name>
    <message>
        <location filename="../app/pdf/PdfView.cpp" line="+36" />
        <source>PDF pages</source>
        <translation>PDF-pagina's</translation>
    </message>
</context>
<context>
    <name>diptych::PrintActions</name>
    <message>
        <location filename="../app/print/PrintActions.cpp" line="+11" />
        <source>&amp;Print…</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Print pre&amp;view…</source>
        <translation>Afdruk&amp;voorbeeld…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Export annotated &amp;PDF…</source>
        <translation>Geannoteerde &amp;PDF exporteren…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Print &amp;handout…</source>
        <translation>&amp;Hand-out afdrukken…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The aligned sections of the agenda and the report side by side</source>
        <translation>De gekoppelde onderdelen van agenda en verslag naast elkaar</translation>
    </message>
</context>
<context>
    <name>diptych::PrintDialogs</name>
    <message>
        <location filename="../app/print/PrintDialogs.cpp" line="+54" />
        <location line="+44" />
        <source>Print</source>
        <translation>Afdrukken</translation>
    </message>
    <message>
        <location line="-43" />
        <source>%1 cannot be printed: %2</source>
        <translation>%1 kan niet worden afgedrukt: %2</translation>
    </message>
    <message>
        <location line="+53" />
        <source>Print preview: %1</source>
        <translation>Afdrukvoorbeeld: %1</translation>
    </message>
    <message>
        <location line="+19" />
        <location line="+14" />
        <location line="+8" />
        <source>Export annotated PDF</source>
        <translation>Geannoteerde PDF exporteren</translation>
    </message>
    <message>
        <location line="-7" />
        <source> (annotated)</source>
        <translation> (geannoteerd)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-documenten (*.pdf)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 could not be written: %2</source>
        <translation>%1 kon niet worden geschreven: %2</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Handout: %1</source>
        <translation>Hand-out: %1</translation>
    </message>
</context>
<context>
    <name>diptych::PrintOptionsWidget</name>
    <message>
        <location filename="../app/print/PrintOptionsWidget.cpp" line="+10" />
        <source>Print annotations</source>
        <translation>Annotaties afdrukken</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Only pages with annotations</source>
        <translation>Alleen pagina’s met annotaties</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Highlights readable in greyscale</source>
        <translation>Markeringen leesbaar in grijstinten</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Annotations</source>
        <translation>Annotaties</translation>
    </message>
    <message>
        <location line="+1" />
        <source>In the margin</source>
        <translation>In de marge</translation>
    </message>
    <message>
        <location line="+1" />
        <source>In an appendix</source>
        <translation>In een bijlage</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Notes:</source>
        <translation>Aantekeningen:</translation>
    </message>
</context>
<context>
    <name>diptych::ReferencesPanel</name>
    <message>
        <location filename="../app/document/ReferencesPanel.cpp" line="+24" />
        <source>Reference</source>
        <translation>Verwijzing</translation>
    </message>
    <message>
        <location line="+0" />
        <source>In library</source>
        <translation>In bibliotheek</translation>
    </message>
    <message>
        <location line="+5" />
        <source>References</source>
        <translation>Verwijzingen</translation>
    </message>
    <message>
        <location line="+32" />
        <source>yes</source>
        <translation>ja</translation>
    </message>
</context>
<context>
    <name>diptych::ReplyDialog</name>
    <message>
        <location filename="../app/annotations/ReplyDialog.cpp" line="+18" />
        <source>Reply to %1</source>
        <translation>Antwoord aan %1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Your reply</source>
        <translation>Uw antwoord</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+3" />
        <source>Reply</source>
        <translation>Antwoorden</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Edit reply</source>
        <translation>Antwoord bewerken</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
</context>
<context>
    <name>diptych::SearchResultsModel</name>
    <message>
        <location filename="../app/links/SearchResultsModel.cpp" line="+53" />
        <source>No meeting</source>
        <translation>Geen bijeenkomst</translation>
    </message>
    <message>
        <location line="+21" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>diptych::TeamActions</name>
    <message>
        <location filename="../app/team/TeamActions.cpp" line="+34" />
        <source>&amp;Team…</source>
        <translation>&amp;Team…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Share annotations with a team through a PostgreSQL server</source>
        <translation>Annotaties delen met een team via een PostgreSQL-server</translation>
    </message>
    <message>
        <location line="+46" />
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The password could not be stored in the desktop keyring: %1.

It is used until Diptych closes. To keep it, start a keyring (for example GNOME Keyring or KWallet) or put it in ~/.pgpass.</source>
        <translation>Het wachtwoord kon niet in de sleutelbos van het bureaublad worden bewaard: %1.

Het wordt gebruikt tot Diptych sluit. Om het te bewaren: start een sleutelbos (bijvoorbeeld GNOME Keyring of KWallet) of zet het in ~/.pgpass.</translation>
    </message>
</context>
<context>
    <name>diptych::TeamDialog</name>
    <message>
        <location filename="../app/team/TeamDialog.cpp" line="+16" />
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location line="+3" />
        <source>for example: directie</source>
        <translation>bijvoorbeeld: directie</translation>
    </message>
    <message>
        <location line="+2" />
        <source>unchanged</source>
        <translation>ongewijzigd</translation>
    </message>
    <message>
        <location line="+0" />
        <source>if the server asks for one</source>
        <translation>als de server erom vraagt</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Share annotations with a team through its PostgreSQL server. Your annotations stay on this machine too; edits made without a connection wait and go out later. The password goes to the desktop keyring, never into Diptych's settings; ~/.pgpass and PGPASSWORD work too.</source>
        <translation>Deel annotaties met een team via de PostgreSQL-server van het team. Uw annotaties blijven ook op deze computer; bewerkingen zonder verbinding wachten en gaan later mee. Het wachtwoord gaat naar de sleutelbos van het bureaublad, nooit naar de instellingen van Diptych; ~/.pgpass en PGPASSWORD werken ook.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Team:</source>
        <translation>&amp;Team:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Password:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Stop sharing</source>
        <translation>&amp;Stoppen met delen</translation>
    </message>
</context>
<context>
    <name>diptych::TeamKeyring</name>
    <message>
        <location filename="../app/team/TeamKeyring.cpp" line="+64" />
        <source>the server address names no user, so the password has no entry to go in</source>
        <translation>het serveradres noemt geen gebruiker, dus het wachtwoord heeft geen plaats om in te gaan</translation>
    </message>
</context>
<context>
    <name>diptych::TeamSyncService</name>
    <message>
        <location filename="../app/team/TeamSyncService.cpp" line="+89" />
        <source>1 edit waiting</source>
        <translation>1 bewerking wacht</translation>
    </message>
    <message>
        <location line="+0" />
        <source>%1 edits waiting</source>
        <translation>%1 bewerkingen wachten</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Team %1: connecting…</source>
        <translation>Team %1: verbinden…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Team %1: online</source>
        <translation>Team %1: online</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Team %1: online — %2</source>
        <translation>Team %1: online — %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Team %1: offline — %2</source>
        <translation>Team %1: offline — %2</translation>
    </message>
</context>
<context>
    <name>diptych::ThreadModel</name>
    <message>
        <location filename="../app/links/ThreadModel.cpp" line="+76" />
        <source>No meeting</source>
        <translation>Geen bijeenkomst</translation>
    </message>
</context>
<context>
    <name>diptych::ThreadView</name>
    <message>
        <location filename="../app/links/ThreadView.cpp" line="+18" />
        <source>Topic</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Passages about the topic, oldest meeting first</source>
        <translation>Passages over het onderwerp, oudste bijeenkomst eerst</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Topic:</source>
        <translation>&amp;Onderwerp:</translation>
    </message>
    <message numerus="yes">
        <location line="+25" />
        <source>%1 (%n letters)</source>
        <translation>
            <numerusform>%1 (%n brief)</numerusform>
            <numerusform>%1 (%n brieven)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10" />
        <source>No topic is followed across the letters of the library yet.</source>
        <translation>Nog geen onderwerp dat door de brieven van de bibliotheek loopt.</translation>
    </message>
</context>
<context>
    <name>diptych::WelcomePage</name>
    <message>
        <location filename="../app/shell/WelcomePage.cpp" line="+15" />
        <source>Compare agenda and report</source>
        <translation>Agenda en verslag vergelijken</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Compare across meetings</source>
        <translation>Over vergaderingen heen vergelijken</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&lt;h2&gt;Diptych&lt;/h2&gt;&lt;p&gt;Open a letter from the library on the left, or drop PDF or text files here.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Diptych&lt;/h2&gt;&lt;p&gt;Open een brief uit de bibliotheek links, of sleep PDF- of tekstbestanden hierheen.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+41" />
        <source>&lt;p&gt;Or put two letters side by side:&lt;/p&gt;</source>
        <translation>&lt;p&gt;Of zet twee brieven naast elkaar:&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&lt;p&gt;Add an agenda and a report to compare them side by side (File › Compare two documents…).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Voeg een agenda en een verslag toe om ze naast elkaar te vergelijken (Bestand › Twee documenten vergelijken…).&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The report of %1 against the agenda of the next meeting, %2</source>
        <translation>Het verslag van %1 naast de agenda van de volgende vergadering, %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The agenda and the report of %1, sections aligned</source>
        <translation>De agenda en het verslag van %1, onderdelen gekoppeld</translation>
    </message>
</context>
<context>
    <name>diptych::WindowAnnotations</name>
    <message>
        <location filename="../app/annotations/WindowAnnotations.cpp" line="+65" />
        <location line="+2" />
        <source>Annotations</source>
        <translation>Annotaties</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Export PDF with &amp;annotations…</source>
        <translation>PDF met &amp;annotaties exporteren…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Export annotations (&amp;W3C JSON)…</source>
        <translation>Annotaties exporteren (&amp;W3C JSON)…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Import annotations…</source>
        <translation>Annotaties &amp;importeren…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A copy of the PDF with standard annotations that other PDF viewers show</source>
        <translation>Een kopie van de PDF met standaardannotaties die andere PDF-viewers tonen</translation>
    </message>
    <message>
        <location line="+16" />
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Redo</source>
        <translation>&amp;Opnieuw</translation>
    </message>
    <message>
        <location line="+13" />
        <source>&amp;Highlight</source>
        <translation>&amp;Markeren</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Ctrl+Shift+H</source>
        <translation>Ctrl+Shift+H</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Underline</source>
        <translation>&amp;Onderstrepen</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Ctrl+Shift+U</source>
        <translation>Ctrl+Shift+U</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Strike out</source>
        <translation>&amp;Doorhalen</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Ctrl+Shift+X</source>
        <translation>Ctrl+Shift+X</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Note…</source>
        <translation>&amp;Aantekening…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message numerus="yes">
        <location line="+71" />
        <source>%n annotation(s) taken over from the PDF</source>
        <translation>
            <numerusform>%n annotatie overgenomen uit de PDF</numerusform>
            <numerusform>%n annotaties overgenomen uit de PDF</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>The annotations inside the PDF cannot be read: %1</source>
        <translation>De annotaties in de PDF kunnen niet worden gelezen: %1</translation>
    </message>
</context>
</TS>