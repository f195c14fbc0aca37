<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ActivationsPanel</name>
    <message>
        <source>Every layer&apos;s output</source>
        <translation>每一层的输出</translation>
    </message>
</context>
<context>
    <name>EvaluationView</name>
    <message>
        <source>true {true} → {predicted} ({confidence})</source>
        <translation>真实 {true} → 预测 {predicted}（{confidence}）</translation>
    </message>
    <message>
        <source>right</source>
        <translation>正确</translation>
    </message>
    <message>
        <source>wrong</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Test image #{index}: true {true}, predicted {predicted} ({confidence}), {verdict}</source>
        <translation>测试图像 #{index}：真实值 {true}，预测值 {predicted}（{confidence}），{verdict}</translation>
    </message>
</context>
<context>
    <name>GradientFlow</name>
    <message>
        <source>∇ dead</source>
        <translation>∇ 消失</translation>
    </message>
    <message>
        <source>Color Layers by &amp;Gradient Health</source>
        <translation>按梯度健康状况为层着色(&amp;G)</translation>
    </message>
    <message>
        <source>Color each layer by the size of the gradient that reaches it, from the latest probe</source>
        <translation>根据最近一次探测中到达每一层的梯度大小，为该层着色</translation>
    </message>
    <message>
        <source>The layers are colored once training has measured their gradients (after the first probe).</source>
        <translation>训练测得各层的梯度之后（第一次探测之后），才会为各层着色。</translation>
    </message>
</context>
<context>
    <name>LayerRow</name>
    <message>
        <source>the answer is &lt;b&gt;{winner}&lt;/b&gt; ({share}, the outlined green bar)</source>
        <translation>答案是 &lt;b&gt;{winner}&lt;/b&gt;（{share}，带轮廓的绿色条）</translation>
    </message>
    <message>
        <source>&lt;b&gt;{count} never fire&lt;/b&gt; on the probe images (dead ReLUs, grey, dotted outline)</source>
        <translation>&lt;b&gt;{count} 个单元从未激活&lt;/b&gt;（在探测图像上；即死亡 ReLU，显示为灰色、虚线轮廓）</translation>
    </message>
</context>
<context>
    <name>SketchPanel</name>
    <message>
        <source>Sketch a digit</source>
        <translation>手写一个数字</translation>
    </message>
</context>
</TS>
