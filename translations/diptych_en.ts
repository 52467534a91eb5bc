<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB">
<context>
    <name>TextDocumentBuilder</name>
    <message>
        <source>p. %1</source>
        <translation>p. %1</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>diptych::Application</name>
    <message>
        <source>Library</source>
        <translation>Library</translation>
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
        <translation>Read and compare Kamerbrieven about NATO ministerial meetings.</translation>
    </message>
    <message>
        <source>Open LEFT and RIGHT side by side.</source>
        <translation>Open LEFT and RIGHT side by side.</translation>
    </message>
    <message>
        <source>PDF or text files to open.</source>
        <translation>PDF or text files to open.</translation>
    </message>
    <message>
        <source>--compare needs exactly two files: LEFT RIGHT</source>
        <translation>--compare needs exactly two files: LEFT RIGHT</translation>
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
        <translation>Match</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Section alignment</source>
        <translation>Section alignment</translation>
    </message>
    <message>
        <source>Linked scrolling</source>
        <translation>Linked scrolling</translation>
    </message>
    <message>
        <source>Keep aligned sections level while reading either side</source>
        <translation>Keep aligned sections level while reading either side</translation>
    </message>
    <message>
        <source>Aligning sections…</source>
        <translation>Aligning sections…</translation>
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
        <translation>On the agenda and in the report</translation>
    </message>
    <message>
        <source>Only on the agenda</source>
        <translation>Only on the agenda</translation>
    </message>
    <message>
        <source>Only in the report</source>
        <translation>Only in the report</translation>
    </message>
    <message>
        <source>%1 aligned, %2 only on the agenda, %3 only in the report</source>
        <translation>%1 aligned, %2 only on the agenda, %3 only in the report</translation>
    </message>
</context>
<context>
    <name>diptych::DocumentPane</name>
    <message>
        <source>Analysing %1…</source>
        <translation>Analysing %1…</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Read the clean text</source>
        <translation>Read the clean text</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>See the PDF pages</source>
        <translation>See the PDF pages</translation>
    </message>
    <message>
        <source>Page number</source>
        <translation>Page number</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>Fit page</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Zoom out (Ctrl+-)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>Zoom in (Ctrl++)</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>%1 could not be opened:
%2</source>
        <translation>%1 could not be opened:
%2</translation>
    </message>
    <message>
        <source>The pages cannot be shown: %1</source>
        <translation>The pages cannot be shown: %1</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>of %1</translation>
    </message>
</context>
<context>
    <name>diptych::DocumentView</name>
    <message>
        <source>Document text</source>
        <translation>Document text</translation>
    </message>
</context>
<context>
    <name>diptych::FindBar</name>
    <message>
        <source>Find in document (accents and case ignored)</source>
        <translation>Find in document (accents and case ignored)</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Find</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Previous match (Shift+Enter)</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Previous match</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Next match (Enter)</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Next match</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation>Close find bar</translation>
    </message>
    <message>
        <source>no matches</source>
        <translation>no matches</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
</context>
<context>
    <name>diptych::LibraryItemDelegate</name>
    <message>
        <source>%1 (file missing)</source>
        <translation>%1 (file missing)</translation>
    </message>
</context>
<context>
    <name>diptych::LibraryModel</name>
    <message>
        <source>Other documents</source>
        <translation>Other documents</translation>
    </message>
    <message>
        <source>NATO foreign ministers meeting</source>
        <translation>NATO foreign ministers meeting</translation>
    </message>
    <message>
        <source>Meeting not recognised</source>
        <translation>Meeting not recognised</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
</context>
<context>
    <name>diptych::LibraryPanel</name>
    <message>
        <source>Library</source>
        <translation>Library</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>Add documents to the library</source>
        <translation>Add documents to the library</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Compare</translation>
    </message>
    <message>
        <source>Put the agenda and the report of the selected meeting side by side, or any two selected documents</source>
        <translation>Put the agenda and the report of the selected meeting side by side, or any two selected documents</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove the selected documents from the library (the files stay)</source>
        <translation>Remove the selected documents from the library (the files stay)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Remove from library</source>
        <translation>Remove from library</translation>
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
        <translation>Open documents</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Diptych&lt;/h2&gt;&lt;p&gt;Open a letter from the library on the left, or drop PDF or text files here.&lt;/p&gt;&lt;p&gt;Select a meeting and choose &lt;b&gt;Compare&lt;/b&gt; to put its agenda and report side by side.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Diptych&lt;/h2&gt;&lt;p&gt;Open a letter from the library on the left, or drop PDF or text files here.&lt;/p&gt;&lt;p&gt;Select a meeting and choose &lt;b&gt;Compare&lt;/b&gt; to put its agenda and report side by side.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Library</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Outline</translation>
    </message>
    <message>
        <source>References</source>
        <translation>References</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>&amp;Compare two documents…</source>
        <translation>&amp;Compare two documents…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <source>&amp;Close tab</source>
        <translation>&amp;Close tab</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Find…</translation>
    </message>
    <message>
        <source>Find &amp;next</source>
        <translation>Find &amp;next</translation>
    </message>
    <message>
        <source>Find &amp;previous</source>
        <translation>Find &amp;previous</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;in</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Zoom &amp;out</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Library</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>&amp;Outline</source>
        <translation>&amp;Outline</translation>
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
        <translation>&amp;About Diptych</translation>
    </message>
    <message>
        <source>About Diptych</source>
        <translation>About Diptych</translation>
    </message>
    <message>
        <source>&lt;b&gt;Diptych %1&lt;/b&gt;&lt;p&gt;Reads Kamerbrieven about NATO ministerial meetings and puts an annotated agenda and its report side by side.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Diptych %1&lt;/b&gt;&lt;p&gt;Reads Kamerbrieven about NATO ministerial meetings and puts an annotated agenda and its report side by side.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Main</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>System language</translation>
    </message>
    <message>
        <source>Cannot open document</source>
        <translation>Cannot open document</translation>
    </message>
    <message>
        <source>%1 cannot be opened: the file does not exist or cannot be read.</source>
        <translation>%1 cannot be opened: the file does not exist or cannot be read.</translation>
    </message>
    <message>
        <source>Cannot compare</source>
        <translation>Cannot compare</translation>
    </message>
    <message>
        <source>%1 cannot be opened:
%2</source>
        <translation>%1 cannot be opened:
%2</translation>
    </message>
    <message numerus="yes">
        <source>Analysing %1 (%n left)…</source>
        <translation>
            <numerusform>Analysing %1 (%n left)…</numerusform><numerusform>Analysing %1 (%n left)…</numerusform></translation>
    </message>
    <message>
        <source>Kamerbrieven (*.pdf *.txt);;All files (*)</source>
        <translation>Kamerbrieven (*.pdf *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Agenda (left)</source>
        <translation>Agenda (left)</translation>
    </message>
    <message>
        <source>Report (right)</source>
        <translation>Report (right)</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>&amp;Watch a folder…</source>
        <translation>&amp;Watch a folder…</translation>
    </message>
    <message>
        <source>Watch a folder</source>
        <translation>Watch a folder</translation>
    </message>
</context>
<context>
    <name>diptych::OutlinePanel</name>
    <message>
        <source>Outline</source>
        <translation>Outline</translation>
    </message>
    <message>
        <source>Cover letter</source>
        <translation>Cover letter</translation>
    </message>
    <message>
        <source>No sections found</source>
        <translation>No sections found</translation>
    </message>
</context>
<context>
    <name>diptych::PdfView</name>
    <message>
        <source>PDF pages</source>
        <translation>PDF pages</translation>
    </message>
</context>
<context>
    <name>diptych::ReferencesPanel</name>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>In library</source>
        <translation>In library</translation>
    </message>
    <message>
        <source>References</source>
        <translation>References</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>Reference not in the library</source>
        <translation>Reference not in the library</translation>
    </message>
    <message>
        <source>%1 is not in your library.

Open its page on officielebekendmakingen.nl in the browser?
%2</source>
        <translation>%1 is not in your library.

Open its page on officielebekendmakingen.nl in the browser?
%2</translation>
    </message>
</context>
</TS>