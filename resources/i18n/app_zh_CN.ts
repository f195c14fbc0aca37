<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>this app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the 5,000 bundled handwritten digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the language NetDesigner is written in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>windows, drawing and the canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>runs the training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>builds and trains the networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>arrays of images and weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the live training plots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading and writing images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking project files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About NetDesigner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;NetDesigner {version}&lt;/h2&gt;&lt;p&gt;Build a neural network by dragging layers, train it on handwritten digits, and look inside it while it learns.&lt;/p&gt;&lt;p&gt;Python {python}, Qt {qt}&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NetDesigner and what it is built with, and their licences:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {role}. Licence: {licence}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CanvasView</name>
    <message>
        <source>Drag a layer from the palette to start,
or choose File › New from Template,
or press Ctrl+K and type the name of a layer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandPalette</name>
    <message>
        <source>Command palette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a command or a layer to add, e.g. “add dense”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to filter; Up and Down choose, Enter runs the command, Escape closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter runs · Esc closes · ↑↓ choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} (not available now)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyboardSupport</name>
    <message>
        <source>&amp;Command Palette…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search every command and layer type by name, and run it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect Selected Layer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw a connection from the selected layer; choose the target with Tab or the arrows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to &amp;Canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the keyboard focus to the canvas (Esc in a panel does too)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{node} has no settings to edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editing {node}: Tab moves between settings, Esc goes back to the canvas.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TargetMark</name>
    <message>
        <source>✓ Enter connects here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ cannot connect here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
