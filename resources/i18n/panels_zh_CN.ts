<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ActivationsPanel</name>
    <message>
        <source>Train the network, or load a trained model, then pick an input to see every layer&apos;s output for it.</source>
        <translation>先训练网络或载入一个训练好的模型，再选择一个输入，即可查看每一层对它的输出。</translation>
    </message>
    <message>
        <source>Every layer&apos;s output</source>
        <translation>每一层的输出</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>层</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>cross entropy</source>
        <translation>交叉熵</translation>
    </message>
    <message>
        <source>mean squared error</source>
        <translation>均方误差</translation>
    </message>
    <message>
        <source>SGD with momentum</source>
        <translation>带动量的 SGD</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>损失函数</translation>
    </message>
    <message>
        <source>optimizer</source>
        <translation>优化器</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>momentum</source>
        <translation>动量</translation>
    </message>
    <message>
        <source>batch size</source>
        <translation>批量大小</translation>
    </message>
    <message>
        <source>epochs</source>
        <translation>轮数</translation>
    </message>
    <message>
        <source>validation split</source>
        <translation>验证集比例</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>layer {id}</source>
        <translation>层 {id}</translation>
    </message>
    <message>
        <source>{count} edges</source>
        <translation>{count} 条连接</translation>
    </message>
    <message>
        <source>{count} edges (rewired)</source>
        <translation>{count} 条连接（已重新连接）</translation>
    </message>
    <message>
        <source>connections</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>test accuracy</source>
        <translation>测试准确率</translation>
    </message>
    <message>
        <source>test loss</source>
        <translation>测试损失</translation>
    </message>
    <message>
        <source>last validation accuracy</source>
        <translation>最后的验证准确率</translation>
    </message>
    <message>
        <source>last training loss</source>
        <translation>最后的训练损失</translation>
    </message>
    <message>
        <source>epochs run</source>
        <translation>已运行轮数</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>time</source>
        <translation>用时</translation>
    </message>
    <message>
        <source>dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>Compare {first} and {second}</source>
        <translation>比较 {first} 和 {second}</translation>
    </message>
    <message>
        <source>Rows that differ are highlighted. The design rows list only what changed.</source>
        <translation>不同的行会高亮显示。“设计”部分只列出有变化的内容。</translation>
    </message>
    <message>
        <source>Run comparison</source>
        <translation>运行比较</translation>
    </message>
    <message>
        <source>same layers</source>
        <translation>层相同</translation>
    </message>
    <message>
        <source>design</source>
        <translation>设计</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Training settings</source>
        <translation>训练设置</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>设计</translation>
    </message>
</context>
<context>
    <name>ConfusionMatrix</name>
    <message>
        <source>Shade: share of each true class&apos;s images. Click a cell to see them.</source>
        <translation>颜色深浅：占该真实类别图像的比例。点击单元格可查看这些图像。</translation>
    </message>
    <message>
        <source>1 image</source>
        <translation>1 张图像</translation>
    </message>
    <message>
        <source>{count} images</source>
        <translation>{count} 张图像</translation>
    </message>
    <message>
        <source>Confusion matrix</source>
        <translation>混淆矩阵</translation>
    </message>
    <message>
        <source>{classes} classes, {right} of {total} test images on the diagonal</source>
        <translation>{classes} 个类别，{total} 张测试图像中有 {right} 张位于对角线上</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>正确率</translation>
    </message>
    <message>
        <source>Predicted</source>
        <translation>预测</translation>
    </message>
    <message>
        <source>True</source>
        <translation>真实</translation>
    </message>
    <message>
        <source>true {true}, predicted {predicted}: {images}</source>
        <translation>真实 {true}，预测 {predicted}：{images}</translation>
    </message>
</context>
<context>
    <name>DigitView</name>
    <message>
        <source>What the network sees</source>
        <translation>网络看到的图像</translation>
    </message>
    <message>
        <source>The 28x28 image the network is given: cropped, scaled to 20 pixels and centred as MNIST</source>
        <translation>交给网络的 28×28 图像：像 MNIST 一样经过裁剪、缩放到 20 像素并居中</translation>
    </message>
</context>
<context>
    <name>EvaluationView</name>
    <message>
        <source>Train the network to see how it does on the test set.</source>
        <translation>训练网络后，即可查看它在测试集上的表现。</translation>
    </message>
    <message>
        <source>Test set evaluation</source>
        <translation>测试集评估</translation>
    </message>
    <message>
        <source>Test accuracy</source>
        <translation>测试准确率</translation>
    </message>
    <message>
        <source>Evaluation hint</source>
        <translation>评估提示</translation>
    </message>
    <message>
        <source>Gallery title</source>
        <translation>图库标题</translation>
    </message>
    <message>
        <source>Show mistakes</source>
        <translation>显示错误</translation>
    </message>
    <message>
        <source>Show the most confident mistakes</source>
        <translation>显示最有把握的错误</translation>
    </message>
    <message>
        <source>Test images</source>
        <translation>测试图像</translation>
    </message>
    <message>
        <source>true {true} → {predicted} ({confidence})</source>
        <translation>真实 {true} → 预测 {predicted}（{confidence}）</translation>
    </message>
    <message>
        <source>&lt;b&gt;Test accuracy {accuracy}&lt;/b&gt; ({right} of {total} images right)</source>
        <translation>&lt;b&gt;测试准确率 {accuracy}&lt;/b&gt;（{total} 张图像中 {right} 张正确）</translation>
    </message>
    <message>
        <source>loss {loss}</source>
        <translation>损失 {loss}</translation>
    </message>
    <message>
        <source>No mistakes: every test image is classified correctly.</source>
        <translation>没有错误：每张测试图像都分类正确。</translation>
    </message>
    <message>
        <source>{shown} most confident of {count} mistakes</source>
        <translation>{count} 个错误中最有把握的 {shown} 个</translation>
    </message>
    <message>
        <source>All {count} mistakes, most confident first</source>
        <translation>全部 {count} 个错误，最有把握的排在前面</translation>
    </message>
    <message>
        <source>1 mistake</source>
        <translation>1 个错误</translation>
    </message>
    <message>
        <source>True {true}, predicted {predicted}: the {shown} most confident (of {count})</source>
        <translation>真实 {true}，预测 {predicted}：最有把握的 {shown} 张（共 {count} 张）</translation>
    </message>
    <message>
        <source>True {true}, predicted {predicted}: {images}</source>
        <translation>真实 {true}，预测 {predicted}：{images}</translation>
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
    <name>ExportMenu</name>
    <message>
        <source>{title} as PNG…</source>
        <translation>{title}：导出为 PNG…</translation>
    </message>
    <message>
        <source>{title} as CSV…</source>
        <translation>{title}：导出为 CSV…</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>CSV tables (*.csv)</source>
        <translation>CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <source>Export Plot</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>“{path}” could not be written: {error}.</source>
        <translation>无法写入“{path}”：{error}。</translation>
    </message>
    <message>
        <source>Cannot export plot</source>
        <translation>无法导出图表</translation>
    </message>
</context>
<context>
    <name>GradientFlow</name>
    <message>
        <source>∇ dead</source>
        <translation>∇ 死亡</translation>
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
    <name>GradientsPanel</name>
    <message>
        <source>Train the network to see the gradient reaching each layer.</source>
        <translation>训练网络，即可看到到达每一层的梯度。</translation>
    </message>
    <message>
        <source>&amp;Measure every</source>
        <translation>每隔(&amp;M)</translation>
    </message>
    <message>
        <source> steps</source>
        <translation> 步测量一次</translation>
    </message>
    <message>
        <source>Steps between two measurements</source>
        <translation>两次测量之间的步数</translation>
    </message>
    <message>
        <source>and at most once a second; fewer measurements leave more time to training (next run)</source>
        <translation>且每秒最多一次；测量越少，留给训练的时间越多（下次训练起生效）</translation>
    </message>
    <message>
        <source>step</source>
        <translation>步</translation>
    </message>
    <message>
        <source>Gradient norm per layer, ||dL/dW||</source>
        <translation>每层的梯度范数 ||dL/dW||</translation>
    </message>
    <message>
        <source>norm</source>
        <translation>范数</translation>
    </message>
    <message>
        <source>Step size / weight size (η·||dL/dW|| / ||W||)</source>
        <translation>步长 / 权重大小（η·||dL/dW|| / ||W||）</translation>
    </message>
    <message>
        <source>ratio</source>
        <translation>比值</translation>
    </message>
    <message>
        <source>Current gradients: how many weights have each |dL/dw|</source>
        <translation>当前梯度：各个 |dL/dw| 值对应的权重个数</translation>
    </message>
    <message>
        <source>weights</source>
        <translation>权重个数</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>诊断</translation>
    </message>
    <message>
        <source>The gradients look healthy: every layer is learning.</source>
        <translation>梯度看起来很健康：每一层都在学习。</translation>
    </message>
</context>
<context>
    <name>Heatmap</name>
    <message>
        <source>Heatmap</source>
        <translation>热力图</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>导出 PNG…</translation>
    </message>
    <message>
        <source>Save a picture of this panel</source>
        <translation>将此面板保存为图片</translation>
    </message>
    <message>
        <source>Export picture</source>
        <translation>导出图片</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>The picture could not be saved to {path}.</source>
        <translation>无法将图片保存到 {path}。</translation>
    </message>
</context>
<context>
    <name>InputPicker</name>
    <message>
        <source>Test image</source>
        <translation>测试图像</translation>
    </message>
    <message>
        <source>Sketch pad digit</source>
        <translation>手写板上的数字</translation>
    </message>
    <message>
        <source>Input to look at</source>
        <translation>要查看的输入</translation>
    </message>
    <message>
        <source>Look inside the network for a test image or for the digit you drew</source>
        <translation>针对一张测试图像或你写的数字，查看网络内部</translation>
    </message>
    <message>
        <source>Previous test image</source>
        <translation>上一张测试图像</translation>
    </message>
    <message>
        <source>Test image number</source>
        <translation>测试图像编号</translation>
    </message>
    <message>
        <source>Next test image</source>
        <translation>下一张测试图像</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>随机</translation>
    </message>
    <message>
        <source>Look at a test image picked at random</source>
        <translation>随机查看一张测试图像</translation>
    </message>
    <message>
        <source>Draw a digit on the sketch pad.</source>
        <translation>请在手写板上写一个数字。</translation>
    </message>
    <message>
        <source>No test images.</source>
        <translation>没有测试图像。</translation>
    </message>
    <message>
        <source>true: &lt;b&gt;{true}&lt;/b&gt;</source>
        <translation>真实：&lt;b&gt;{true}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>network says: &lt;b&gt;{answer}&lt;/b&gt; ({share})</source>
        <translation>网络认为：&lt;b&gt;{answer}&lt;/b&gt;（{share}）</translation>
    </message>
</context>
<context>
    <name>InsightDocks</name>
    <message>
        <source>Gradients</source>
        <translation>梯度</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Activations</source>
        <translation>激活值</translation>
    </message>
    <message>
        <source>Neuron</source>
        <translation>神经元</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <source>the sketch pad</source>
        <translation>手写板</translation>
    </message>
    <message>
        <source>test image {index} of {total}</source>
        <translation>测试图像 {index}（共 {total} 张）</translation>
    </message>
    <message>
        <source>The model could not be probed: {error}</source>
        <translation>无法探测该模型：{error}</translation>
    </message>
</context>
<context>
    <name>LayerRow</name>
    <message>
        <source>the same values in one row</source>
        <translation>相同的值，排成一行</translation>
    </message>
    <message>
        <source>the same values, reshaped</source>
        <translation>相同的值，改变了形状</translation>
    </message>
    <message>
        <source>passes values through unchanged (it only drops units while training)</source>
        <translation>原样传递数值（只在训练时随机丢弃单元）</translation>
    </message>
    <message>
        <source>Output of {layer}</source>
        <translation>{layer} 的输出</translation>
    </message>
    <message>
        <source>Class probabilities</source>
        <translation>各类别的概率</translation>
    </message>
    <message>
        <source>Output of each unit</source>
        <translation>每个单元的输出</translation>
    </message>
    <message>
        <source>class</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>单元</translation>
    </message>
    <message>
        <source>value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Feature maps, one per channel</source>
        <translation>特征图，每个通道一张</translation>
    </message>
    <message>
        <source>{share} of the values are above zero</source>
        <translation>{share} 的值大于零</translation>
    </message>
    <message>
        <source>the answer is &lt;b&gt;{winner}&lt;/b&gt; ({share}, the outlined green bar)</source>
        <translation>答案是 &lt;b&gt;{winner}&lt;/b&gt;（{share}，带轮廓的绿色条）</translation>
    </message>
    <message>
        <source>{active} of {count} units are active for this input</source>
        <translation>对这个输入，{count} 个单元中有 {active} 个处于激活状态</translation>
    </message>
    <message>
        <source>&lt;b&gt;{count} never fire&lt;/b&gt; on the probe images (dead ReLUs, grey, dotted outline)</source>
        <translation>&lt;b&gt;{count} 个单元从未激活&lt;/b&gt;（在探测图像上；即死亡 ReLU，显示为灰色、虚线轮廓）</translation>
    </message>
    <message>
        <source>{first}; {second}</source>
        <translation>{first}；{second}</translation>
    </message>
</context>
<context>
    <name>MetricPlot</name>
    <message>
        <source>value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>{name}: {value} at {x}</source>
        <translation>{name}：{value}（位于 {x}）</translation>
    </message>
</context>
<context>
    <name>ModelActions</name>
    <message>
        <source>A model is still being loaded; wait for it to finish.</source>
        <translation>仍在载入一个模型，请等待它完成。</translation>
    </message>
    <message>
        <source>There is no trained model to save yet: train the network first.</source>
        <translation>还没有可保存的训练好的模型：请先训练网络。</translation>
    </message>
    <message>
        <source>Save Trained Model</source>
        <translation>保存训练好的模型</translation>
    </message>
    <message>
        <source>“{path}” could not be written: {error}</source>
        <translation>无法写入“{path}”：{error}</translation>
    </message>
    <message>
        <source>Cannot save model</source>
        <translation>无法保存模型</translation>
    </message>
    <message>
        <source>Saved the trained model as {name}</source>
        <translation>已将训练好的模型保存为 {name}</translation>
    </message>
    <message>
        <source>Load Trained Model</source>
        <translation>载入训练好的模型</translation>
    </message>
    <message>
        <source>Loading {name}…</source>
        <translation>正在载入 {name}…</translation>
    </message>
    <message>
        <source>“{name}” could not be loaded.</source>
        <translation>无法载入“{name}”。</translation>
    </message>
    <message>
        <source>Cannot load model</source>
        <translation>无法载入模型</translation>
    </message>
    <message>
        <source>Loaded the trained model {name}: train on with Continue, or use it</source>
        <translation>已载入训练好的模型 {name}：可勾选“继续”接着训练，或直接使用它</translation>
    </message>
    <message>
        <source>The trained weights could not be written to “{path}”: {error}</source>
        <translation>无法将训练好的权重写入“{path}”：{error}</translation>
    </message>
    <message>
        <source>Weights not saved</source>
        <translation>权重未保存</translation>
    </message>
    <message>
        <source>The saved weights in {name} could not be read: {error}</source>
        <translation>无法读取 {name} 中保存的权重：{error}</translation>
    </message>
    <message>
        <source>Loading the trained weights from {name}…</source>
        <translation>正在从 {name} 载入训练好的权重…</translation>
    </message>
    <message>
        <source>The saved weights do not fit this design ({error}); train it again.</source>
        <translation>保存的权重与当前设计不匹配（{error}）；请重新训练。</translation>
    </message>
    <message>
        <source>The trained weights saved with the project are loaded.</source>
        <translation>已载入随项目保存的训练权重。</translation>
    </message>
    <message>
        <source>Keras models (*.keras)</source>
        <translation>Keras 模型 (*.keras)</translation>
    </message>
</context>
<context>
    <name>ModelFiles</name>
    <message>
        <source>{name} is not a NetDesigner weights file</source>
        <translation>{name} 不是 NetDesigner 权重文件</translation>
    </message>
</context>
<context>
    <name>NeuronMath</name>
    <message>
        <source>cross entropy</source>
        <translation>交叉熵</translation>
    </message>
    <message>
        <source>mean squared error</source>
        <translation>均方误差</translation>
    </message>
    <message>
        <source>✓ the same as the network&apos;s own output {value}</source>
        <translation>✓ 与网络自己的输出 {value} 相同</translation>
    </message>
    <message>
        <source>✗ the network&apos;s own output is {value}</source>
        <translation>✗ 网络自己的输出是 {value}</translation>
    </message>
    <message>
        <source>Unit j = {unit} of “{layer}” ({activation}) for {source}</source>
        <translation>“{layer}”（{activation}）的单元 j = {unit}，输入：{source}</translation>
    </message>
    <message>
        <source>the {count} largest terms below</source>
        <translation>下表中最大的 {count} 项</translation>
    </message>
    <message>
        <source>the other {count} terms</source>
        <translation>其余 {count} 项</translation>
    </message>
    <message>
        <source>bias</source>
        <translation>偏置</translation>
    </message>
    <message>
        <source>&lt;b&gt;Forward pass.&lt;/b&gt; The unit adds up its inputs, each times its weight, plus its bias:</source>
        <translation>&lt;b&gt;前向传播。&lt;/b&gt;该单元把每个输入乘以对应的权重后相加，再加上偏置：</translation>
    </message>
    <message>
        <source>&lt;b&gt;Backward pass.&lt;/b&gt; Aiming for class {target}, the loss ({loss}) on this one input is {value}. By the chain rule:</source>
        <translation>&lt;b&gt;反向传播。&lt;/b&gt;以类别 {target} 为目标，这一个输入上的损失（{loss}）为 {value}。根据链式法则：</translation>
    </message>
    <message>
        <source>(softmax with cross entropy)</source>
        <translation>（softmax 配合交叉熵）</translation>
    </message>
    <message>
        <source>(the unit is not active, so no gradient flows through it for this input)</source>
        <translation>（该单元未激活，因此对这个输入没有梯度流过它）</translation>
    </message>
    <message>
        <source>{gradient}, and one gradient-descent step with η = {rate} sets {update}:</source>
        <translation>{gradient}；以 η = {rate} 做一步梯度下降，令 {update}：</translation>
    </message>
    <message>
        <source>pixel (row, col)</source>
        <translation>像素（行, 列）</translation>
    </message>
    <message>
        <source>new {weight}</source>
        <translation>新的 {weight}</translation>
    </message>
    <message>
        <source>Δw applied at step {step}</source>
        <translation>第 {step} 步实际应用的 Δw</translation>
    </message>
    <message>
        <source>The last column is what training ({optimizer}) actually changed at step {step}, on a batch of training images rather than this one input, with Adam&apos;s own per-weight step size.</source>
        <translation>最后一列是训练（{optimizer}）在第 {step} 步实际做出的改变：它基于一批训练图像而不是这一个输入，并使用 Adam 为每个权重单独确定的步长。</translation>
    </message>
    <message>
        <source>The last column is what training ({optimizer}) actually changed at step {step}, on a batch of training images rather than this one input.</source>
        <translation>最后一列是训练（{optimizer}）在第 {step} 步实际做出的改变：它基于一批训练图像，而不是这一个输入。</translation>
    </message>
</context>
<context>
    <name>NeuronPanel</name>
    <message>
        <source>Train the network, or load a trained model, then choose a Dense layer and one of its units (or click a tile in the Weights panel) to see its formula with the real numbers.</source>
        <translation>先训练网络或载入一个训练好的模型，再选择一个 Dense 层及其中的一个单元（或在权重面板中点击一个小图块），即可看到代入真实数值的公式。</translation>
    </message>
    <message>
        <source>Layer:</source>
        <translation>层：</translation>
    </message>
    <message>
        <source>Dense layer</source>
        <translation>Dense 层</translation>
    </message>
    <message>
        <source>Unit j:</source>
        <translation>单元 j：</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单元</translation>
    </message>
    <message>
        <source>Aim for class:</source>
        <translation>目标类别：</translation>
    </message>
    <message>
        <source>true label</source>
        <translation>真实标签</translation>
    </message>
    <message>
        <source>Target class of the backward pass</source>
        <translation>反向传播的目标类别</translation>
    </message>
    <message>
        <source>The class the loss is measured against; by default the image&apos;s true label</source>
        <translation>计算损失时所对照的类别；默认为图像的真实标签</translation>
    </message>
    <message>
        <source>The neuron&apos;s formulas with numbers</source>
        <translation>代入数值的神经元公式</translation>
    </message>
    <message>
        <source>Choose an input above.</source>
        <translation>请在上方选择一个输入。</translation>
    </message>
    <message>
        <source>The numbers appear at the next probe of the training run.</source>
        <translation>数值会在训练的下一次探测时显示。</translation>
    </message>
</context>
<context>
    <name>ProbabilityBars</name>
    <message>
        <source>Probabilities</source>
        <translation>概率</translation>
    </message>
</context>
<context>
    <name>SketchPad</name>
    <message>
        <source>Sketch pad</source>
        <translation>手写板</translation>
    </message>
    <message>
        <source>Draw a digit here: white ink on black, as in MNIST</source>
        <translation>在这里写一个数字：像 MNIST 一样，黑底白字</translation>
    </message>
    <message>
        <source>Draw a digit here</source>
        <translation>在这里写一个数字</translation>
    </message>
</context>
<context>
    <name>SketchPanel</name>
    <message>
        <source>Sketch a digit</source>
        <translation>手写一个数字</translation>
    </message>
    <message>
        <source>The network&apos;s answer</source>
        <translation>网络的回答</translation>
    </message>
    <message>
        <source>&lt;b&gt;What the network sees&lt;/b&gt;</source>
        <translation>&lt;b&gt;网络看到的图像&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Its answer&lt;/b&gt;</source>
        <translation>&lt;b&gt;它的回答&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Undo stroke</source>
        <translation>撤销笔画</translation>
    </message>
    <message>
        <source>Take back the last stroke</source>
        <translation>撤销最后一笔</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <source>Wipe the pad</source>
        <translation>擦掉手写板上的全部内容</translation>
    </message>
    <message>
        <source>Load image…</source>
        <translation>载入图像…</translation>
    </message>
    <message>
        <source>Put a picture of a digit on the pad (any size, dark-on-light works)</source>
        <translation>把一张数字图片放到手写板上（任意尺寸，浅底深字也可以）</translation>
    </message>
    <message>
        <source>Save PNG…</source>
        <translation>保存 PNG…</translation>
    </message>
    <message>
        <source>Save the 28x28 digit the network sees</source>
        <translation>保存网络看到的 28×28 数字图像</translation>
    </message>
    <message>
        <source>Eraser</source>
        <translation>橡皮擦</translation>
    </message>
    <message>
        <source>Rub out with black ink</source>
        <translation>用黑色墨迹擦除</translation>
    </message>
    <message>
        <source>This is a</source>
        <translation>这是数字</translation>
    </message>
    <message>
        <source>True digit</source>
        <translation>真实数字</translation>
    </message>
    <message>
        <source>Add to my test set</source>
        <translation>加入我的测试集</translation>
    </message>
    <message>
        <source>Keep this digit with the label you give, to test the model on your handwriting</source>
        <translation>用你给出的标签保存这个数字，以便用你的笔迹测试模型</translation>
    </message>
    <message>
        <source>Test on my digits</source>
        <translation>用我的数字测试</translation>
    </message>
    <message>
        <source>See how many of your digits the trained network gets right</source>
        <translation>看看训练好的网络能认对你写的多少个数字</translation>
    </message>
    <message>
        <source>Save my digits…</source>
        <translation>保存我的数字…</translation>
    </message>
    <message>
        <source>Save them as an .npz dataset (x, y) that NetDesigner can train or test on</source>
        <translation>保存为 NetDesigner 可用于训练或测试的 .npz 数据集 (x, y)</translation>
    </message>
    <message>
        <source>Draw a digit on the pad, or load a picture of one.</source>
        <translation>在手写板上写一个数字，或载入一张数字图片。</translation>
    </message>
    <message>
        <source>The network is training; its answer comes when the run ends.</source>
        <translation>网络正在训练；训练结束后才会给出回答。</translation>
    </message>
    <message>
        <source>The network is not trained yet: train it (F5) to see what it answers.</source>
        <translation>网络还没有训练：训练它（F5）后即可看到它的回答。</translation>
    </message>
    <message>
        <source>This model cannot read digits: {error}</source>
        <translation>该模型无法识别数字：{error}</translation>
    </message>
    <message>
        <source>{share} sure.</source>
        <translation>把握 {share}。</translation>
    </message>
    <message>
        <source>The model&apos;s answer is not a number; train it again.</source>
        <translation>模型的回答不是一个数值；请重新训练。</translation>
    </message>
    <message>
        <source>Load a Digit</source>
        <translation>载入数字图像</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif)</source>
        <translation>图像 (*.png *.jpg *.jpeg *.bmp *.gif)</translation>
    </message>
    <message>
        <source>Cannot load image</source>
        <translation>无法载入图像</translation>
    </message>
    <message>
        <source>Nothing to save</source>
        <translation>没有可保存的内容</translation>
    </message>
    <message>
        <source>The pad is empty: draw a digit first.</source>
        <translation>手写板是空的：请先写一个数字。</translation>
    </message>
    <message>
        <source>Save Digit</source>
        <translation>保存数字图像</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>“{path}” could not be written.</source>
        <translation>无法写入“{path}”。</translation>
    </message>
    <message>
        <source>Cannot save image</source>
        <translation>无法保存图像</translation>
    </message>
    <message>
        <source>{count} digits of yours; the network gets {right} right ({share}).</source>
        <translation>你写了 {count} 个数字；网络认对了 {right} 个（{share}）。</translation>
    </message>
    <message>
        <source>Save My Digits</source>
        <translation>保存我的数字</translation>
    </message>
    <message>
        <source>NumPy arrays (*.npz)</source>
        <translation>NumPy 数组 (*.npz)</translation>
    </message>
    <message>
        <source>“{path}” could not be written: {error}.</source>
        <translation>无法写入“{path}”：{error}。</translation>
    </message>
    <message>
        <source>Cannot save digits</source>
        <translation>无法保存数字</translation>
    </message>
    <message>
        <source>My test set: 1 digit.</source>
        <translation>我的测试集：1 个数字。</translation>
    </message>
    <message>
        <source>My test set: {count} digits.</source>
        <translation>我的测试集：{count} 个数字。</translation>
    </message>
</context>
<context>
    <name>TrainingPanel</name>
    <message>
        <source>completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>diverged</source>
        <translation>已发散</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>{accuracy} test accuracy</source>
        <translation>测试准确率 {accuracy}</translation>
    </message>
    <message>
        <source>Training progress</source>
        <translation>训练进度</translation>
    </message>
    <message>
        <source>Not trained yet.</source>
        <translation>尚未训练。</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>Train the network on the canvas (F5)</source>
        <translation>训练画布上的网络（F5）</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>单步</translation>
    </message>
    <message>
        <source>Run one batch, then pause (F10)</source>
        <translation>运行一个批次后暂停（F10）</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop after this batch, keeping the weights learned so far</source>
        <translation>在这个批次之后停止，保留目前学到的权重</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>Forget the trained weights; the next run starts from new random weights</source>
        <translation>丢弃训练好的权重；下一次训练从新的随机权重开始</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Start the next run from the weights of the last run instead of new ones</source>
        <translation>下一次训练从上一次训练的权重开始，而不是使用新的权重</translation>
    </message>
    <message>
        <source>Log loss</source>
        <translation>对数损失</translation>
    </message>
    <message>
        <source>Show the loss on a logarithmic scale</source>
        <translation>用对数刻度显示损失</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Save a plot as a PNG picture or its points as a CSV table</source>
        <translation>将图表保存为 PNG 图片，或将其数据点保存为 CSV 表格</translation>
    </message>
    <message>
        <source>&lt;b&gt;Runs&lt;/b&gt; &lt;small&gt;(tick to overlay)&lt;/small&gt;</source>
        <translation>&lt;b&gt;训练记录&lt;/b&gt; &lt;small&gt;（勾选以叠加显示）&lt;/small&gt;</translation>
    </message>
    <message>
        <source>Run history</source>
        <translation>训练历史</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <source>Select two runs to see what differs between them and their results</source>
        <translation>选择两次训练，查看它们的设置和结果有何不同</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Fix the problems first</source>
        <translation>请先解决问题</translation>
    </message>
    <message>
        <source>Epoch {epoch}/{epochs} · batch {batch}/{batches} · {rate} samples/s · {left} left · loss {loss}</source>
        <translation>轮次 {epoch}/{epochs} · 批次 {batch}/{batches} · {rate} 样本/秒 · 剩余 {left} · 损失 {loss}</translation>
    </message>
    <message>
        <source>Done in {time}: test accuracy {accuracy}, loss {loss}</source>
        <translation>用时 {time} 完成：测试准确率 {accuracy}，损失 {loss}</translation>
    </message>
    <message>
        <source>Stopped; the weights learned so far are kept.</source>
        <translation>已停止；目前学到的权重已保留。</translation>
    </message>
    <message>
        <source>Test accuracy {accuracy}.</source>
        <translation>测试准确率 {accuracy}。</translation>
    </message>
</context>
<context>
    <name>TrainingPlots</name>
    <message>
        <source>epoch</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>Training loss per batch</source>
        <translation>每个批次的训练损失</translation>
    </message>
    <message>
        <source>batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>Loss per epoch</source>
        <translation>每轮的损失</translation>
    </message>
    <message>
        <source>Accuracy per epoch</source>
        <translation>每轮的准确率</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>准确率</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>Solid: this run&apos;s training · dotted with points: validation · the runs ticked in Runs: each its own dash pattern, point shape and colour</source>
        <translation>实线：本次训练 · 带点的点线：验证 · 在训练记录中勾选的训练：各有自己的虚线样式、点形状和颜色</translation>
    </message>
    <message>
        <source>this run (smoothed)</source>
        <translation>本次训练（平滑后）</translation>
    </message>
    <message>
        <source>this run</source>
        <translation>本次训练</translation>
    </message>
    <message>
        <source>{run} training</source>
        <translation>{run} 训练</translation>
    </message>
    <message>
        <source>{run} validation</source>
        <translation>{run} 验证</translation>
    </message>
</context>
<context>
    <name>TrainingSession</name>
    <message>
        <source>The network has problems; fix them first (see the Problems panel).</source>
        <translation>网络存在问题；请先解决它们（见“问题”面板）。</translation>
    </message>
    <message>
        <source>Training refused: {reason}.</source>
        <translation>无法开始训练：{reason}。</translation>
    </message>
    <message>
        <source>Weights reset: the next run starts from new random weights.</source>
        <translation>权重已重置：下一次训练将从新的随机权重开始。</translation>
    </message>
    <message>
        <source>Training…</source>
        <translation>正在训练…</translation>
    </message>
    <message>
        <source>Training stopped: {reason}.</source>
        <translation>训练已停止：{reason}。</translation>
    </message>
    <message>
        <source>Training could not run: {reason}</source>
        <translation>训练无法运行：{reason}</translation>
    </message>
    <message>
        <source>{optimizer} lr {rate}, batch {size}</source>
        <translation>{optimizer} 学习率 {rate}，批量 {size}</translation>
    </message>
</context>
<context>
    <name>TrainingWorker</name>
    <message>
        <source>Loading TensorFlow…</source>
        <translation>正在载入 TensorFlow…</translation>
    </message>
    <message>
        <source>Loading {dataset}…</source>
        <translation>正在载入 {dataset}…</translation>
    </message>
    <message>
        <source>Building the model…</source>
        <translation>正在构建模型…</translation>
    </message>
    <message>
        <source>the computer ran out of memory; try a smaller network or batch size</source>
        <translation>计算机内存不足；请尝试更小的网络或批量大小</translation>
    </message>
    <message>
        <source>training failed unexpectedly: {error}</source>
        <translation>训练意外失败：{error}</translation>
    </message>
</context>
<context>
    <name>WeightsPanel</name>
    <message>
        <source>Train the network, or load a trained model, to see what each layer&apos;s weights have learned.</source>
        <translation>先训练网络或载入一个训练好的模型，即可查看每一层的权重学到了什么。</translation>
    </message>
    <message>
        <source>What each of the {units} units looks for (click one)</source>
        <translation>这 {units} 个单元各自在寻找什么（点击其中一个）</translation>
    </message>
    <message>
        <source>The {filters} filters, {height}×{width}</source>
        <translation>{filters} 个滤波器，{height}×{width}</translation>
    </message>
    <message>
        <source>{filters} filters (rows) × the first {shown} of {channels} input channels (columns)</source>
        <translation>{filters} 个滤波器（行）× {channels} 个输入通道中的前 {shown} 个（列）</translation>
    </message>
    <message>
        <source>{filters} filters (rows) × input channels (columns)</source>
        <translation>{filters} 个滤波器（行）× 输入通道（列）</translation>
    </message>
    <message>
        <source>Layer:</source>
        <translation>层：</translation>
    </message>
    <message>
        <source>Layer whose weights are shown</source>
        <translation>显示其权重的层</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Bias of each unit</source>
        <translation>每个单元的偏置</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>单元</translation>
    </message>
    <message>
        <source>bias</source>
        <translation>偏置</translation>
    </message>
    <message>
        <source>Weight distribution over training</source>
        <translation>训练过程中的权重分布</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>share of weights</source>
        <translation>权重占比</translation>
    </message>
    <message>
        <source>Kernel: {units} units (rows) × {inputs} inputs (columns)</source>
        <translation>权重矩阵：{units} 个单元（行）× {inputs} 个输入（列）</translation>
    </message>
    <message>
        <source>kernel {shape}, {count} weights · step {step}</source>
        <translation>权重矩阵 {shape}，{count} 个权重 · 第 {step} 步</translation>
    </message>
    <message>
        <source>No bias</source>
        <translation>无偏置</translation>
    </message>
    <message>
        <source>step {step}</source>
        <translation>第 {step} 步</translation>
    </message>
</context>
</TS>
