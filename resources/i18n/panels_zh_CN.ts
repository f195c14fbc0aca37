<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ActivationsPanel</name>
    <message>
        <source>Every layer&apos;s output</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvaluationView</name>
    <message>
        <source>true {true} → {predicted} ({confidence})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test image #{index}: true {true}, predicted {predicted} ({confidence}), {verdict}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GradientFlow</name>
    <message>
        <source>∇ dead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Color Layers by &amp;Gradient Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Color each layer by the size of the gradient that reaches it, from the latest probe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The layers are colored once training has measured their gradients (after the first probe).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LayerRow</name>
    <message>
        <source>the answer is &lt;b&gt;{winner}&lt;/b&gt; ({share}, the outlined green bar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{count} never fire&lt;/b&gt; on the probe images (dead ReLUs, grey, dotted outline)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SketchPanel</name>
    <message>
        <source>Sketch a digit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
