<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AddAnnotationCommand</name>
    <message>
        <location filename="../app/annotations/AddAnnotationCommand.cpp" line="13"/>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeAnnotationColorCommand</name>
    <message>
        <location filename="../app/annotations/ChangeAnnotationColorCommand.cpp" line="25"/>
        <source>Recolour</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditNoteTextCommand</name>
    <message>
        <location filename="../app/annotations/EditNoteTextCommand.cpp" line="20"/>
        <source>Edit note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditTagsCommand</name>
    <message>
        <location filename="../app/annotations/EditTagsCommand.cpp" line="11"/>
        <source>Edit tags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExternalLinkPrompt</name>
    <message>
        <location filename="../app/links/ExternalLinkPrompt.cpp" line="13"/>
        <source>Reference not in the library</source>
        <translation type="unfinished">Reference not in the library</translation>
    </message>
    <message>
        <location filename="../app/links/ExternalLinkPrompt.cpp" line="14"/>
        <source>%1 is not in your library.

Open its page on officielebekendmakingen.nl in the browser?
%2</source>
        <translation type="unfinished">%1 is not in your library.

Open its page on officielebekendmakingen.nl in the browser?
%2</translation>
    </message>
</context>
<context>
    <name>RemoveAnnotationCommand</name>
    <message>
        <location filename="../app/annotations/RemoveAnnotationCommand.cpp" line="17"/>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextDocumentBuilder</name>
    <message>
        <location filename="../app/document/TextDocumentBuilder.cpp" line="149"/>
        <source>p. %1</source>
        <translation>p. %1</translation>
    </message>
    <message>
        <location filename="../app/document/TextDocumentBuilder.cpp" line="167"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>diptych::AnnotationController</name>
    <message>
        <location filename="../app/annotations/AnnotationController.cpp" line="116"/>
        <source>Yellow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/annotations/AnnotationController.cpp" line="117"/>
        <source>Green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/annotations/AnnotationController.cpp" line="118"/>
        <source>Blue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/annotations/AnnotationController.cpp" line="119"/>
        <source>Pink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/annotations/AnnotationController.cpp" line="120"/>
        <source>Orange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/annotations/AnnotationController.cpp" line="135"/>
        <location filename="../app/annotations/AnnotationController.cpp" line="240"/>
        <source>&amp;Highlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/annotations/AnnotationController.cpp" line="135"/>
        <source>Ctrl+Shift+H</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/annotations/AnnotationController.cpp" line="136"/>
        <source>&amp;Underline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/annotations/AnnotationController.cpp" line="136"/>
        <source>Ctrl+Shift+U</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/annotations/AnnotationController.cpp" line="137"/>
        <source>&amp;Strike out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/annotations/AnnotationController.cpp" line="137"/>
        <source>Ctrl+Shift+X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/annotations/AnnotationController.cpp" line="138"/>
        <source>&amp;Note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/annotations/AnnotationController.cpp" line="138"/>
        <source>Ctrl+Shift+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/annotations/AnnotationController.cpp" line="257"/>
        <source>Add &amp;note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/annotations/AnnotationController.cpp" line="257"/>
        <source>Edit &amp;note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/annotations/AnnotationController.cpp" line="259"/>
        <source>&amp;Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/annotations/AnnotationController.cpp" line="269"/>
        <source>Make %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/annotations/AnnotationController.cpp" line="274"/>
        <source>&amp;Delete annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/annotations/AnnotationController.cpp" line="288"/>
        <source>&amp;Copy</source>
        <translation type="unfinished">&amp;Copy</translation>
    </message>
    <message>
        <location filename="../app/annotations/AnnotationController.cpp" line="319"/>
        <source>Add a &amp;note here…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>diptych::AnnotationFiles</name>
    <message>
        <location filename="../app/annotations/AnnotationFiles.cpp" line="47"/>
        <location filename="../app/annotations/AnnotationFiles.cpp" line="60"/>
        <location filename="../app/annotations/AnnotationFiles.cpp" line="78"/>
        <source>The letter is not analysed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/annotations/AnnotationFiles.cpp" line="83"/>
        <source>The file holds no annotations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/annotations/AnnotationFiles.cpp" line="86"/>
        <source>Import %n annotation(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/annotations/AnnotationFiles.cpp" line="105"/>
        <location filename="../app/annotations/AnnotationFiles.cpp" line="110"/>
        <source>Export PDF with annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/annotations/AnnotationFiles.cpp" line="106"/>
        <source>-annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/annotations/AnnotationFiles.cpp" line="107"/>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/annotations/AnnotationFiles.cpp" line="111"/>
        <location filename="../app/annotations/AnnotationFiles.cpp" line="123"/>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/annotations/AnnotationFiles.cpp" line="117"/>
        <location filename="../app/annotations/AnnotationFiles.cpp" line="122"/>
        <source>Export annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/annotations/AnnotationFiles.cpp" line="119"/>
        <location filename="../app/annotations/AnnotationFiles.cpp" line="129"/>
        <source>W3C Web Annotations (*.json *.jsonld)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/annotations/AnnotationFiles.cpp" line="128"/>
        <location filename="../app/annotations/AnnotationFiles.cpp" line="135"/>
        <location filename="../app/annotations/AnnotationFiles.cpp" line="140"/>
        <source>Import annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/annotations/AnnotationFiles.cpp" line="136"/>
        <source>%1 could not be imported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/annotations/AnnotationFiles.cpp" line="141"/>
        <source>%1 placed, %2 not found in this letter: they are listed under &quot;Not placed&quot; in the Annotations panel.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>diptych::AnnotationModel</name>
    <message>
        <location filename="../app/annotations/AnnotationModel.cpp" line="93"/>
        <source>The annotation database is not open: this change is kept only until Diptych closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/annotations/AnnotationModel.cpp" line="99"/>
        <source>The annotation could not be stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/annotations/AnnotationModel.cpp" line="121"/>
        <source>The annotation could not be deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/annotations/AnnotationModel.cpp" line="122"/>
        <source>The annotation database is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/annotations/AnnotationModel.cpp" line="143"/>
        <source>Highlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/annotations/AnnotationModel.cpp" line="144"/>
        <source>Underline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/annotations/AnnotationModel.cpp" line="145"/>
        <source>Strike-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/annotations/AnnotationModel.cpp" line="146"/>
        <source>Note on a passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/annotations/AnnotationModel.cpp" line="147"/>
        <source>Note on a page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>diptych::AnnotationsPanel</name>
    <message>
        <location filename="../app/annotations/AnnotationsPanel.cpp" line="66"/>
        <source>Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/annotations/AnnotationsPanel.cpp" line="69"/>
        <location filename="../app/annotations/AnnotationsPanel.cpp" line="70"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/annotations/AnnotationsPanel.cpp" line="75"/>
        <source>Tags, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/annotations/AnnotationsPanel.cpp" line="76"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/annotations/AnnotationsPanel.cpp" line="100"/>
        <source>Whole library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/annotations/AnnotationsPanel.cpp" line="101"/>
        <source>Show the annotations of every document, not only the current one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/annotations/AnnotationsPanel.cpp" line="104"/>
        <source>Filter by text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/annotations/AnnotationsPanel.cpp" line="106"/>
        <source>Filter annotations by text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/annotations/AnnotationsPanel.cpp" line="108"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/annotations/AnnotationsPanel.cpp" line="109"/>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/annotations/AnnotationsPanel.cpp" line="110"/>
        <source>Highlights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/annotations/AnnotationsPanel.cpp" line="111"/>
        <source>Underlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/annotations/AnnotationsPanel.cpp" line="112"/>
        <source>Strike-outs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/annotations/AnnotationsPanel.cpp" line="113"/>
        <source>Notes</source>
        <translation type="unfinished">Notes</translation>
    </message>
    <message>
        <location filename="../app/annotations/AnnotationsPanel.cpp" line="115"/>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/annotations/AnnotationsPanel.cpp" line="117"/>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/annotations/AnnotationsPanel.cpp" line="119"/>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/annotations/AnnotationsPanel.cpp" line="226"/>
        <source>All colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/annotations/AnnotationsPanel.cpp" line="227"/>
        <source>All tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/annotations/AnnotationsPanel.cpp" line="228"/>
        <source>All authors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/annotations/AnnotationsPanel.cpp" line="239"/>
        <source>Document not in the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/annotations/AnnotationsPanel.cpp" line="294"/>
        <source>In this document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/annotations/AnnotationsPanel.cpp" line="301"/>
        <source>Not placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/annotations/AnnotationsPanel.cpp" line="345"/>
        <source>%1 by %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>diptych::Application</name>
    <message>
        <location filename="../app/shell/Application.cpp" line="68"/>
        <source>Library</source>
        <translation>Library</translation>
    </message>
    <message>
        <location filename="../app/shell/Application.cpp" line="87"/>
        <source>Diptych</source>
        <translation>Diptych</translation>
    </message>
    <message>
        <location filename="../app/shell/Application.cpp" line="115"/>
        <source>The annotations cannot be read or saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/shell/Application.cpp" line="116"/>
        <source>Annotations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>diptych::CommandLine</name>
    <message>
        <location filename="../app/shell/CommandLine.cpp" line="11"/>
        <source>Read and compare Kamerbrieven about NATO ministerial meetings.</source>
        <translation>Read and compare Kamerbrieven about NATO ministerial meetings.</translation>
    </message>
    <message>
        <location filename="../app/shell/CommandLine.cpp" line="16"/>
        <source>Open LEFT and RIGHT side by side.</source>
        <translation>Open LEFT and RIGHT side by side.</translation>
    </message>
    <message>
        <location filename="../app/shell/CommandLine.cpp" line="22"/>
        <source>PDF or text files to open.</source>
        <translation>PDF or text files to open.</translation>
    </message>
    <message>
        <location filename="../app/shell/CommandLine.cpp" line="31"/>
        <source>--compare needs exactly two files: LEFT RIGHT</source>
        <translation>--compare needs exactly two files: LEFT RIGHT</translation>
    </message>
</context>
<context>
    <name>diptych::CompareView</name>
    <message>
        <location filename="../app/compare/CompareView.cpp" line="39"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../app/compare/CompareView.cpp" line="39"/>
        <source>Match</source>
        <translation>Match</translation>
    </message>
    <message>
        <location filename="../app/compare/CompareView.cpp" line="39"/>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../app/compare/CompareView.cpp" line="40"/>
        <source>Section alignment</source>
        <translation>Section alignment</translation>
    </message>
    <message>
        <location filename="../app/compare/CompareView.cpp" line="47"/>
        <source>Linked scrolling</source>
        <translation>Linked scrolling</translation>
    </message>
    <message>
        <location filename="../app/compare/CompareView.cpp" line="48"/>
        <source>Keep aligned sections level while reading either side</source>
        <translation>Keep aligned sections level while reading either side</translation>
    </message>
    <message>
        <location filename="../app/compare/CompareView.cpp" line="50"/>
        <source>Aligning sections…</source>
        <translation>Aligning sections…</translation>
    </message>
    <message>
        <location filename="../app/compare/CompareView.cpp" line="92"/>
        <source>%1 ↔ %2</source>
        <translation>%1 ↔ %2</translation>
    </message>
    <message>
        <location filename="../app/compare/CompareView.cpp" line="116"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/compare/CompareView.cpp" line="130"/>
        <source>On the agenda and in the report</source>
        <translation>On the agenda and in the report</translation>
    </message>
    <message>
        <location filename="../app/compare/CompareView.cpp" line="140"/>
        <source>Only on the agenda</source>
        <translation>Only on the agenda</translation>
    </message>
    <message>
        <location filename="../app/compare/CompareView.cpp" line="146"/>
        <source>Only in the report</source>
        <translation>Only in the report</translation>
    </message>
    <message>
        <location filename="../app/compare/CompareView.cpp" line="153"/>
        <source>%1 aligned, %2 only on the agenda, %3 only in the report</source>
        <translation>%1 aligned, %2 only on the agenda, %3 only in the report</translation>
    </message>
</context>
<context>
    <name>diptych::DocumentLinksModel</name>
    <message>
        <location filename="../app/links/DocumentLinksModel.cpp" line="49"/>
        <source>dossier %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/links/DocumentLinksModel.cpp" line="60"/>
        <source>Same meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/links/DocumentLinksModel.cpp" line="61"/>
        <source>Previous meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/links/DocumentLinksModel.cpp" line="62"/>
        <source>Next meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/links/DocumentLinksModel.cpp" line="63"/>
        <source>Kamerstukken cited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/links/DocumentLinksModel.cpp" line="64"/>
        <source>Cited by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/links/DocumentLinksModel.cpp" line="65"/>
        <source>Also cited in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/links/DocumentLinksModel.cpp" line="66"/>
        <source>Meetings mentioned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/links/DocumentLinksModel.cpp" line="67"/>
        <source>Mentioned in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/links/DocumentLinksModel.cpp" line="68"/>
        <source>Same summit mentioned in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/links/DocumentLinksModel.cpp" line="69"/>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/links/DocumentLinksModel.cpp" line="70"/>
        <source>Outside the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/links/DocumentLinksModel.cpp" line="133"/>
        <source>%1, earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/links/DocumentLinksModel.cpp" line="133"/>
        <source>%1, later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/links/DocumentLinksModel.cpp" line="164"/>
        <source>Not in the library: opens %1 in the browser when you ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/links/DocumentLinksModel.cpp" line="191"/>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
</context>
<context>
    <name>diptych::DocumentPane</name>
    <message>
        <location filename="../app/document/DocumentPane.cpp" line="49"/>
        <source>Analysing %1…</source>
        <translation>Analysing %1…</translation>
    </message>
    <message>
        <location filename="../app/document/DocumentPane.cpp" line="100"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../app/document/DocumentPane.cpp" line="101"/>
        <source>Read the clean text</source>
        <translation>Read the clean text</translation>
    </message>
    <message>
        <location filename="../app/document/DocumentPane.cpp" line="103"/>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../app/document/DocumentPane.cpp" line="104"/>
        <source>See the PDF pages</source>
        <translation>See the PDF pages</translation>
    </message>
    <message>
        <location filename="../app/document/DocumentPane.cpp" line="115"/>
        <source>Page number</source>
        <translation>Page number</translation>
    </message>
    <message>
        <location filename="../app/document/DocumentPane.cpp" line="118"/>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <location filename="../app/document/DocumentPane.cpp" line="119"/>
        <source>Fit width</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <location filename="../app/document/DocumentPane.cpp" line="120"/>
        <source>Fit page</source>
        <translation>Fit page</translation>
    </message>
    <message>
        <location filename="../app/document/DocumentPane.cpp" line="125"/>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Zoom out (Ctrl+-)</translation>
    </message>
    <message>
        <location filename="../app/document/DocumentPane.cpp" line="128"/>
        <source>Zoom in (Ctrl++)</source>
        <translation>Zoom in (Ctrl++)</translation>
    </message>
    <message>
        <location filename="../app/document/DocumentPane.cpp" line="131"/>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <location filename="../app/document/DocumentPane.cpp" line="204"/>
        <source>%1 could not be opened:
%2</source>
        <translation>%1 could not be opened:
%2</translation>
    </message>
    <message>
        <location filename="../app/document/DocumentPane.cpp" line="239"/>
        <source>The pages cannot be shown: %1</source>
        <translation>The pages cannot be shown: %1</translation>
    </message>
    <message>
        <location filename="../app/document/DocumentPane.cpp" line="244"/>
        <source>of %1</source>
        <translation>of %1</translation>
    </message>
</context>
<context>
    <name>diptych::DocumentView</name>
    <message>
        <location filename="../app/document/DocumentView.cpp" line="31"/>
        <source>Document text</source>
        <translation>Document text</translation>
    </message>
</context>
<context>
    <name>diptych::FindBar</name>
    <message>
        <location filename="../app/document/FindBar.cpp" line="15"/>
        <source>Find in document (accents and case ignored)</source>
        <translation>Find in document (accents and case ignored)</translation>
    </message>
    <message>
        <location filename="../app/document/FindBar.cpp" line="16"/>
        <source>Find</source>
        <translation>Find</translation>
    </message>
    <message>
        <location filename="../app/document/FindBar.cpp" line="19"/>
        <source>Previous match (Shift+Enter)</source>
        <translation>Previous match (Shift+Enter)</translation>
    </message>
    <message>
        <location filename="../app/document/FindBar.cpp" line="20"/>
        <source>Previous match</source>
        <translation>Previous match</translation>
    </message>
    <message>
        <location filename="../app/document/FindBar.cpp" line="22"/>
        <source>Next match (Enter)</source>
        <translation>Next match (Enter)</translation>
    </message>
    <message>
        <location filename="../app/document/FindBar.cpp" line="23"/>
        <source>Next match</source>
        <translation>Next match</translation>
    </message>
    <message>
        <location filename="../app/document/FindBar.cpp" line="26"/>
        <source>Close (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <location filename="../app/document/FindBar.cpp" line="27"/>
        <source>Close find bar</source>
        <translation>Close find bar</translation>
    </message>
    <message>
        <location filename="../app/document/FindBar.cpp" line="62"/>
        <source>no matches</source>
        <translation>no matches</translation>
    </message>
    <message>
        <location filename="../app/document/FindBar.cpp" line="64"/>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
</context>
<context>
    <name>diptych::LibraryIndexActions</name>
    <message>
        <location filename="../app/library/LibraryIndexActions.cpp" line="31"/>
        <source>Rebuild search &amp;index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/library/LibraryIndexActions.cpp" line="34"/>
        <source>Analyse every letter of the library again and rebuild the search index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/library/LibraryIndexActions.cpp" line="41"/>
        <source>Search index: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/library/LibraryIndexActions.cpp" line="51"/>
        <source>L&amp;ibrary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/library/LibraryIndexActions.cpp" line="62"/>
        <source>Indexing the library: %1 of %2 letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/library/LibraryIndexActions.cpp" line="67"/>
        <source>Search index up to date: %n letter(s) indexed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/library/LibraryIndexActions.cpp" line="69"/>
        <source>, %n unchanged</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/library/LibraryIndexActions.cpp" line="71"/>
        <source>, %n could not be read</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>diptych::LibraryItemDelegate</name>
    <message>
        <location filename="../app/library/LibraryItemDelegate.cpp" line="64"/>
        <source>%1 (file missing)</source>
        <translation>%1 (file missing)</translation>
    </message>
</context>
<context>
    <name>diptych::LibraryModel</name>
    <message>
        <location filename="../app/library/LibraryModel.cpp" line="144"/>
        <source>Other documents</source>
        <translation>Other documents</translation>
    </message>
    <message>
        <location filename="../app/library/LibraryModel.cpp" line="146"/>
        <source>NATO foreign ministers meeting</source>
        <translation>NATO foreign ministers meeting</translation>
    </message>
    <message>
        <location filename="../app/library/LibraryModel.cpp" line="146"/>
        <source>Meeting not recognised</source>
        <translation>Meeting not recognised</translation>
    </message>
    <message>
        <location filename="../app/library/LibraryModel.cpp" line="177"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../app/library/LibraryModel.cpp" line="178"/>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../app/library/LibraryModel.cpp" line="181"/>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
</context>
<context>
    <name>diptych::LibraryPanel</name>
    <message>
        <location filename="../app/library/LibraryPanel.cpp" line="27"/>
        <source>Library</source>
        <translation>Library</translation>
    </message>
    <message>
        <location filename="../app/library/LibraryPanel.cpp" line="31"/>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../app/library/LibraryPanel.cpp" line="32"/>
        <source>Add documents to the library</source>
        <translation>Add documents to the library</translation>
    </message>
    <message>
        <location filename="../app/library/LibraryPanel.cpp" line="33"/>
        <location filename="../app/library/LibraryPanel.cpp" line="142"/>
        <source>Compare</source>
        <translation>Compare</translation>
    </message>
    <message>
        <location filename="../app/library/LibraryPanel.cpp" line="34"/>
        <source>Put the agenda and the report of the selected meeting side by side, or any two selected documents</source>
        <translation>Put the agenda and the report of the selected meeting side by side, or any two selected documents</translation>
    </message>
    <message>
        <location filename="../app/library/LibraryPanel.cpp" line="36"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../app/library/LibraryPanel.cpp" line="37"/>
        <source>Remove the selected documents from the library (the files stay)</source>
        <translation>Remove the selected documents from the library (the files stay)</translation>
    </message>
    <message>
        <location filename="../app/library/LibraryPanel.cpp" line="141"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../app/library/LibraryPanel.cpp" line="145"/>
        <source>Export notes of this meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/library/LibraryPanel.cpp" line="148"/>
        <source>Export notes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/library/LibraryPanel.cpp" line="152"/>
        <source>Remove from library</source>
        <translation>Remove from library</translation>
    </message>
</context>
<context>
    <name>diptych::LibrarySearchPanel</name>
    <message>
        <location filename="../app/links/LibrarySearchPanel.cpp" line="19"/>
        <source>Search all letters (oekraine, &quot;burden sharing&quot;, defensie*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/links/LibrarySearchPanel.cpp" line="21"/>
        <source>Search the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/links/LibrarySearchPanel.cpp" line="26"/>
        <source>Search results by meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/links/LibrarySearchPanel.cpp" line="67"/>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/links/LibrarySearchPanel.cpp" line="83"/>
        <source>The search index cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/links/LibrarySearchPanel.cpp" line="85"/>
        <source>No letter matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/links/LibrarySearchPanel.cpp" line="87"/>
        <source>%n letter(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>diptych::LinkDocks</name>
    <message>
        <location filename="../app/links/LinkDocks.cpp" line="23"/>
        <source>&amp;Search library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/links/LinkDocks.cpp" line="32"/>
        <source>Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/links/LinkDocks.cpp" line="33"/>
        <source>Threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/links/LinkDocks.cpp" line="34"/>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/links/LinkDocks.cpp" line="35"/>
        <source>Search library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/links/LinkDocks.cpp" line="45"/>
        <source>Ctrl+Shift+F</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>diptych::LinksPanel</name>
    <message>
        <location filename="../app/links/LinksPanel.cpp" line="22"/>
        <source>Links of this document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/links/LinksPanel.cpp" line="58"/>
        <source>Open a letter to see how it is linked to the other letters of the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/links/LinksPanel.cpp" line="60"/>
        <source>Linking the library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/links/LinksPanel.cpp" line="62"/>
        <source>No links to other letters of the library.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>diptych::MainWindow</name>
    <message>
        <location filename="../app/shell/MainWindow.cpp" line="68"/>
        <source>Diptych</source>
        <translation>Diptych</translation>
    </message>
    <message>
        <location filename="../app/shell/MainWindow.cpp" line="513"/>
        <source>Open documents</source>
        <translation>Open documents</translation>
    </message>
    <message>
        <location filename="../app/shell/MainWindow.cpp" line="113"/>
        <source>&lt;h2&gt;Diptych&lt;/h2&gt;&lt;p&gt;Open a letter from the library on the left, or drop PDF or text files here.&lt;/p&gt;&lt;p&gt;Select a meeting and choose &lt;b&gt;Compare&lt;/b&gt; to put its agenda and report side by side.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Diptych&lt;/h2&gt;&lt;p&gt;Open a letter from the library on the left, or drop PDF or text files here.&lt;/p&gt;&lt;p&gt;Select a meeting and choose &lt;b&gt;Compare&lt;/b&gt; to put its agenda and report side by side.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/shell/MainWindow.cpp" line="127"/>
        <source>Library</source>
        <translation>Library</translation>
    </message>
    <message>
        <location filename="../app/shell/MainWindow.cpp" line="128"/>
        <source>Outline</source>
        <translation>Outline</translation>
    </message>
    <message>
        <location filename="../app/shell/MainWindow.cpp" line="130"/>
        <source>References</source>
        <translation>References</translation>
    </message>
    <message>
        <location filename="../app/shell/MainWindow.cpp" line="151"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../app/shell/MainWindow.cpp" line="152"/>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <location filename="../app/shell/MainWindow.cpp" line="154"/>
        <source>&amp;Compare two documents…</source>
        <translation>&amp;Compare two documents…</translation>
    </message>
    <message>
        <location filename="../app/shell/MainWindow.cpp" line="155"/>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <location filename="../app/shell/MainWindow.cpp" line="158"/>
        <source>&amp;Export notes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/shell/MainWindow.cpp" line="164"/>
        <source>Open &amp;recent</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <location filename="../app/shell/MainWindow.cpp" line="167"/>
        <source>&amp;Close tab</source>
        <translation>&amp;Close tab</translation>
    </message>
    <message>
        <location filename="../app/shell/MainWindow.cpp" line="169"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../app/shell/MainWindow.cpp" line="172"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../app/shell/MainWindow.cpp" line="176"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location filename="../app/shell/MainWindow.cpp" line="182"/>
        <source>&amp;Find…</source>
        <translation>&amp;Find…</translation>
    </message>
    <message>
        <location filename="../app/shell/MainWindow.cpp" line="187"/>
        <source>Find &amp;next</source>
        <translation>Find &amp;next</translation>
    </message>
    <message>
        <location filename="../app/shell/MainWindow.cpp" line="192"/>
        <source>Find &amp;previous</source>
        <translation>Find &amp;previous</translation>
    </message>
    <message>
        <location filename="../app/shell/MainWindow.cpp" line="199"/>
        <source>&amp;Annotate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/shell/MainWindow.cpp" line="202"/>
        <source>Your &amp;name on annotations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/shell/MainWindow.cpp" line="205"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../app/shell/MainWindow.cpp" line="206"/>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;in</translation>
    </message>
    <message>
        <location filename="../app/shell/MainWindow.cpp" line="211"/>
        <source>Zoom &amp;out</source>
        <translation>Zoom &amp;out</translation>
    </message>
    <message>
        <location filename="../app/shell/MainWindow.cpp" line="227"/>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location filename="../app/shell/MainWindow.cpp" line="228"/>
        <source>&amp;Back</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <location filename="../app/shell/MainWindow.cpp" line="233"/>
        <source>&amp;Library</source>
        <translation>&amp;Library</translation>
    </message>
    <message>
        <location filename="../app/shell/MainWindow.cpp" line="234"/>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location filename="../app/shell/MainWindow.cpp" line="235"/>
        <source>&amp;Outline</source>
        <translation>&amp;Outline</translation>
    </message>
    <message>
        <location filename="../app/shell/MainWindow.cpp" line="236"/>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <location filename="../app/shell/MainWindow.cpp" line="237"/>
        <source>&amp;Document</source>
        <translation>&amp;Document</translation>
    </message>
    <message>
        <location filename="../app/shell/MainWindow.cpp" line="241"/>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <location filename="../app/shell/MainWindow.cpp" line="243"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../app/shell/MainWindow.cpp" line="244"/>
        <source>&amp;About Diptych</source>
        <translation>&amp;About Diptych</translation>
    </message>
    <message>
        <location filename="../app/shell/MainWindow.cpp" line="245"/>
        <source>About Diptych</source>
        <translation>About Diptych</translation>
    </message>
    <message>
        <location filename="../app/shell/MainWindow.cpp" line="246"/>
        <source>&lt;b&gt;Diptych %1&lt;/b&gt;&lt;p&gt;Reads Kamerbrieven about NATO ministerial meetings and puts an annotated agenda and its report side by side.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Diptych %1&lt;/b&gt;&lt;p&gt;Reads Kamerbrieven about NATO ministerial meetings and puts an annotated agenda and its report side by side.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/shell/MainWindow.cpp" line="251"/>
        <source>Main</source>
        <translation>Main</translation>
    </message>
    <message>
        <location filename="../app/shell/MainWindow.cpp" line="267"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../app/shell/MainWindow.cpp" line="270"/>
        <source>System language</source>
        <translation>System language</translation>
    </message>
    <message>
        <location filename="../app/shell/MainWindow.cpp" line="291"/>
        <source>Your name on annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/shell/MainWindow.cpp" line="292"/>
        <source>Annotations you make from now on carry this name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/shell/MainWindow.cpp" line="302"/>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/shell/MainWindow.cpp" line="304"/>
        <source>&amp;System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/shell/MainWindow.cpp" line="305"/>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/shell/MainWindow.cpp" line="306"/>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/shell/MainWindow.cpp" line="314"/>
        <source>&amp;Keep PDF pages white</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/shell/MainWindow.cpp" line="318"/>
        <source>In the dark theme, show PDF pages as printed instead of inverted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/shell/MainWindow.cpp" line="371"/>
        <location filename="../app/shell/MainWindow.cpp" line="481"/>
        <source>Cannot open document</source>
        <translation>Cannot open document</translation>
    </message>
    <message>
        <location filename="../app/shell/MainWindow.cpp" line="372"/>
        <location filename="../app/shell/MainWindow.cpp" line="398"/>
        <source>%1 cannot be opened: the file does not exist or cannot be read.</source>
        <translation>%1 cannot be opened: the file does not exist or cannot be read.</translation>
    </message>
    <message>
        <location filename="../app/shell/MainWindow.cpp" line="397"/>
        <source>Cannot compare</source>
        <translation>Cannot compare</translation>
    </message>
    <message>
        <location filename="../app/shell/MainWindow.cpp" line="481"/>
        <source>%1 cannot be opened:
%2</source>
        <translation>%1 cannot be opened:
%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/shell/MainWindow.cpp" line="487"/>
        <source>Analysing %1 (%n left)…</source>
        <translation>
            <numerusform>Analysing %1 (%n left)…</numerusform>
            <numerusform>Analysing %1 (%n left)…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/shell/MainWindow.cpp" line="514"/>
        <location filename="../app/shell/MainWindow.cpp" line="538"/>
        <source>Kamerbrieven (*.pdf *.txt);;All files (*)</source>
        <translation>Kamerbrieven (*.pdf *.txt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../app/shell/MainWindow.cpp" line="539"/>
        <source>Agenda (left)</source>
        <translation>Agenda (left)</translation>
    </message>
    <message>
        <location filename="../app/shell/MainWindow.cpp" line="542"/>
        <source>Report (right)</source>
        <translation>Report (right)</translation>
    </message>
    <message>
        <location filename="../app/shell/MainWindow.cpp" line="74"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../app/shell/MainWindow.cpp" line="156"/>
        <source>&amp;Watch a folder…</source>
        <translation>&amp;Watch a folder…</translation>
    </message>
    <message>
        <location filename="../app/shell/MainWindow.cpp" line="523"/>
        <source>Watch a folder</source>
        <translation>Watch a folder</translation>
    </message>
</context>
<context>
    <name>diptych::MeetingTimeline</name>
    <message>
        <location filename="../app/links/MeetingTimeline.cpp" line="32"/>
        <source>Timeline of meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/links/MeetingTimeline.cpp" line="144"/>
        <source>The meetings of the library appear here once their letters are linked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/links/MeetingTimeline.cpp" line="190"/>
        <source>place unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/links/MeetingTimeline.cpp" line="210"/>
        <source>no %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>diptych::NoteEditor</name>
    <message>
        <location filename="../app/annotations/NoteEditor.cpp" line="96"/>
        <source>Looking for suggestions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/annotations/NoteEditor.cpp" line="102"/>
        <location filename="../app/annotations/NoteEditor.cpp" line="106"/>
        <source>Add to dictionary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/annotations/NoteEditor.cpp" line="107"/>
        <source>The word could not be added to your word list:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/annotations/NoteEditor.cpp" line="110"/>
        <source>Ignore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/annotations/NoteEditor.cpp" line="157"/>
        <source>No suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/annotations/NoteEditor.cpp" line="167"/>
        <source>Spelling language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/annotations/NoteEditor.cpp" line="170"/>
        <source>Dutch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/annotations/NoteEditor.cpp" line="171"/>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/annotations/NoteEditor.cpp" line="179"/>
        <source>No dictionary installed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>diptych::NotesExport</name>
    <message>
        <location filename="../app/export/NotesExport.cpp" line="32"/>
        <source>ODF text document (*.odt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/export/NotesExport.cpp" line="32"/>
        <source>Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/export/NotesExport.cpp" line="37"/>
        <source>-notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/export/NotesExport.cpp" line="43"/>
        <source>meeting-notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/export/NotesExport.cpp" line="58"/>
        <location filename="../app/export/NotesExport.cpp" line="66"/>
        <source>Export notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/export/NotesExport.cpp" line="58"/>
        <source>The notes could not be exported.
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/export/NotesExport.cpp" line="100"/>
        <source>Choose a name ending in .odt or .md.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>diptych::OutlinePanel</name>
    <message>
        <location filename="../app/document/OutlinePanel.cpp" line="39"/>
        <source>Outline</source>
        <translation>Outline</translation>
    </message>
    <message>
        <location filename="../app/document/OutlinePanel.cpp" line="68"/>
        <source>Cover letter</source>
        <translation>Cover letter</translation>
    </message>
    <message>
        <location filename="../app/document/OutlinePanel.cpp" line="88"/>
        <source>No sections found</source>
        <translation>No sections found</translation>
    </message>
</context>
<context>
    <name>diptych::PdfView</name>
    <message>
        <location filename="../app/pdf/PdfView.cpp" line="33"/>
        <source>PDF pages</source>
        <translation>PDF pages</translation>
    </message>
</context>
<context>
    <name>diptych::PrintActions</name>
    <message>
        <location filename="../app/print/PrintActions.cpp" line="11"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/print/PrintActions.cpp" line="12"/>
        <source>Print pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/print/PrintActions.cpp" line="12"/>
        <source>Export annotated &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/print/PrintActions.cpp" line="13"/>
        <source>Print &amp;handout…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/print/PrintActions.cpp" line="16"/>
        <source>The aligned sections of the agenda and the report side by side</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>diptych::PrintDialogs</name>
    <message>
        <location filename="../app/print/PrintDialogs.cpp" line="54"/>
        <location filename="../app/print/PrintDialogs.cpp" line="97"/>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/print/PrintDialogs.cpp" line="54"/>
        <source>%1 cannot be printed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/print/PrintDialogs.cpp" line="107"/>
        <source>Print preview: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/print/PrintDialogs.cpp" line="126"/>
        <location filename="../app/print/PrintDialogs.cpp" line="140"/>
        <location filename="../app/print/PrintDialogs.cpp" line="147"/>
        <source>Export annotated PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/print/PrintDialogs.cpp" line="140"/>
        <source> (annotated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/print/PrintDialogs.cpp" line="141"/>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/print/PrintDialogs.cpp" line="147"/>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/print/PrintDialogs.cpp" line="160"/>
        <source>Handout: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>diptych::PrintOptionsWidget</name>
    <message>
        <location filename="../app/print/PrintOptionsWidget.cpp" line="10"/>
        <source>Print annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/print/PrintOptionsWidget.cpp" line="11"/>
        <source>Only pages with annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/print/PrintOptionsWidget.cpp" line="12"/>
        <source>Highlights readable in greyscale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/print/PrintOptionsWidget.cpp" line="14"/>
        <source>Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/print/PrintOptionsWidget.cpp" line="15"/>
        <source>In the margin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/print/PrintOptionsWidget.cpp" line="16"/>
        <source>In an appendix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/print/PrintOptionsWidget.cpp" line="19"/>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>diptych::ReferencesPanel</name>
    <message>
        <location filename="../app/document/ReferencesPanel.cpp" line="24"/>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../app/document/ReferencesPanel.cpp" line="24"/>
        <source>In library</source>
        <translation>In library</translation>
    </message>
    <message>
        <location filename="../app/document/ReferencesPanel.cpp" line="26"/>
        <source>References</source>
        <translation>References</translation>
    </message>
    <message>
        <location filename="../app/document/ReferencesPanel.cpp" line="56"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
</context>
<context>
    <name>diptych::SearchResultsModel</name>
    <message>
        <location filename="../app/links/SearchResultsModel.cpp" line="52"/>
        <source>No meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/links/SearchResultsModel.cpp" line="74"/>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
</context>
<context>
    <name>diptych::ThreadModel</name>
    <message>
        <location filename="../app/links/ThreadModel.cpp" line="76"/>
        <source>No meeting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>diptych::ThreadView</name>
    <message>
        <location filename="../app/links/ThreadView.cpp" line="18"/>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/links/ThreadView.cpp" line="24"/>
        <source>Passages about the topic, oldest meeting first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/links/ThreadView.cpp" line="27"/>
        <source>&amp;Topic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/links/ThreadView.cpp" line="52"/>
        <source>%1 (%n letters)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/links/ThreadView.cpp" line="62"/>
        <source>No topic is followed across the letters of the library yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>diptych::WindowAnnotations</name>
    <message>
        <location filename="../app/annotations/WindowAnnotations.cpp" line="64"/>
        <location filename="../app/annotations/WindowAnnotations.cpp" line="66"/>
        <source>Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/annotations/WindowAnnotations.cpp" line="87"/>
        <source>Export PDF with &amp;annotations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/annotations/WindowAnnotations.cpp" line="89"/>
        <source>Export annotations (&amp;W3C JSON)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/annotations/WindowAnnotations.cpp" line="91"/>
        <source>&amp;Import annotations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/annotations/WindowAnnotations.cpp" line="93"/>
        <source>A copy of the PDF with standard annotations that other PDF viewers show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/annotations/WindowAnnotations.cpp" line="109"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/annotations/WindowAnnotations.cpp" line="111"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/annotations/WindowAnnotations.cpp" line="124"/>
        <source>&amp;Highlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/annotations/WindowAnnotations.cpp" line="124"/>
        <source>Ctrl+Shift+H</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/annotations/WindowAnnotations.cpp" line="125"/>
        <source>&amp;Underline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/annotations/WindowAnnotations.cpp" line="125"/>
        <source>Ctrl+Shift+U</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/annotations/WindowAnnotations.cpp" line="126"/>
        <source>&amp;Strike out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/annotations/WindowAnnotations.cpp" line="126"/>
        <source>Ctrl+Shift+X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/annotations/WindowAnnotations.cpp" line="127"/>
        <source>&amp;Note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/annotations/WindowAnnotations.cpp" line="127"/>
        <source>Ctrl+Shift+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/annotations/WindowAnnotations.cpp" line="184"/>
        <source>%n annotation(s) taken over from the PDF</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/annotations/WindowAnnotations.cpp" line="186"/>
        <source>The annotations inside the PDF cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
