<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Walkthrough</name>
    <message>
        <source>The design is locked while the network trains.</source>
        <translation>网络训练期间设计处于锁定状态。</translation>
    </message>
    <message>
        <source>Set up the Input layer</source>
        <translation>设置输入层</translation>
    </message>
    <message>
        <source>Keep one Flatten layer</source>
        <translation>只保留一个 Flatten 层</translation>
    </message>
    <message>
        <source>Set up the output layer</source>
        <translation>设置输出层</translation>
    </message>
    <message>
        <source>Connect the layers</source>
        <translation>连接各层</translation>
    </message>
    <message>
        <source>My first network</source>
        <translation>我的第一个网络</translation>
    </message>
    <message>
        <source>This canvas holds layers this walkthrough does not use ({kinds}). Start from an empty canvas: File › New… › Empty canvas.</source>
        <translation>此画布包含本引导流程用不到的层（{kinds}）。请从空白画布开始：文件 › 新建… › 空白画布。</translation>
    </message>
    <message>
        <source>A canvas for your first network is open.</source>
        <translation>已为你的第一个网络打开了一个画布。</translation>
    </message>
    <message>
        <source>Drag Input from the Layers palette onto the canvas (or double-click it).</source>
        <translation>把 Input 从层面板拖到画布上（或双击它）。</translation>
    </message>
    <message>
        <source>There are {count} Input layers; this network needs one. Delete the others.</source>
        <translation>当前有 {count} 个 Input 层；这个网络只需要一个。请删除其余的。</translation>
    </message>
    <message>
        <source>Select the Input layer and set its Format to “image” (28×28×1); Flatten will unroll it next.</source>
        <translation>选中 Input 层，把它的“格式”设为“image”（28×28×1）；接下来 Flatten 会把它展开。</translation>
    </message>
    <message>
        <source>The Input layer gives 28×28 images.</source>
        <translation>Input 层提供 28×28 的图像。</translation>
    </message>
    <message>
        <source>Add a Flatten layer from the Layers palette.</source>
        <translation>从层面板添加一个 Flatten 层。</translation>
    </message>
    <message>
        <source>There are {count} Flatten layers; keep one and delete the others.</source>
        <translation>当前有 {count} 个 Flatten 层；保留一个，删除其余的。</translation>
    </message>
    <message>
        <source>The Flatten layer will unroll 28×28 pixels into 784 numbers.</source>
        <translation>Flatten 层会把 28×28 个像素展开成 784 个数。</translation>
    </message>
    <message>
        <source>Add a Dense layer from the Layers palette: it becomes the hidden layer.</source>
        <translation>从层面板添加一个 Dense 层：它将作为隐藏层。</translation>
    </message>
    <message>
        <source>Select the Dense layer “{id}” and set its Units to 128 (now {units}).</source>
        <translation>选中 Dense 层“{id}”，把它的“单元数”设为 128（当前为 {units}）。</translation>
    </message>
    <message>
        <source>The hidden layer “{id}” has 128 units.</source>
        <translation>隐藏层“{id}”有 128 个单元。</translation>
    </message>
    <message>
        <source>The hidden layer uses {activation}.</source>
        <translation>隐藏层使用 {activation}。</translation>
    </message>
    <message>
        <source>A linear hidden layer adds nothing: two linear maps in a row are one linear map. Choose relu, sigmoid or tanh as its Activation.</source>
        <translation>线性的隐藏层毫无作用：两个连续的线性映射仍然是一个线性映射。请选择 relu、sigmoid 或 tanh 作为它的激活函数。</translation>
    </message>
    <message>
        <source>Softmax belongs on the output layer. Choose relu, sigmoid or tanh for the hidden layer.</source>
        <translation>Softmax 应该用在输出层。请为隐藏层选择 relu、sigmoid 或 tanh。</translation>
    </message>
    <message>
        <source>{activation} works too, but this walkthrough compares sigmoid, tanh and relu: choose one of them.</source>
        <translation>{activation} 也可以用，但本引导流程比较的是 sigmoid、tanh 和 relu：请从中选择一个。</translation>
    </message>
    <message>
        <source>Gaussian</source>
        <translation>高斯分布</translation>
    </message>
    <message>
        <source>Xavier (Glorot) uniform</source>
        <translation>Xavier（Glorot）均匀分布</translation>
    </message>
    <message>
        <source>Xavier (Glorot) normal</source>
        <translation>Xavier（Glorot）正态分布</translation>
    </message>
    <message>
        <source>He uniform</source>
        <translation>He 均匀分布</translation>
    </message>
    <message>
        <source>He normal</source>
        <translation>He 正态分布</translation>
    </message>
    <message>
        <source>With all weights zero every hidden unit computes the same thing and learns the same thing. Choose glorot_uniform (Xavier) or random_normal (Gaussian).</source>
        <translation>如果所有权重都为零，每个隐藏单元都会计算相同的东西、学到相同的东西。请选择 glorot_uniform（Xavier）或 random_normal（高斯分布）。</translation>
    </message>
    <message>
        <source>A Gaussian with σ = {std:g} makes the weighted sums huge and the units saturate; use a small σ such as 0.05, or Xavier (glorot_uniform).</source>
        <translation>σ = {std:g} 的高斯分布会使加权和非常大，导致单元饱和；请使用较小的 σ（例如 0.05），或者使用 Xavier（glorot_uniform）。</translation>
    </message>
    <message>
        <source>The hidden layer starts from {name} random weights.</source>
        <translation>隐藏层从 {name} 随机权重开始。</translation>
    </message>
    <message>
        <source>There are {count} Dense layers; this network needs two (128 hidden units and 10 outputs). Delete the others.</source>
        <translation>当前有 {count} 个 Dense 层；这个网络需要两个（128 个隐藏单元和 10 个输出）。请删除其余的。</translation>
    </message>
    <message>
        <source>Add a second Dense layer for the output.</source>
        <translation>再添加一个 Dense 层作为输出层。</translation>
    </message>
    <message>
        <source>Set the output layer&apos;s Units to 10, one per digit (now {units}).</source>
        <translation>把输出层的“单元数”设为 10，每个数字一个（当前为 {units}）。</translation>
    </message>
    <message>
        <source>Set the output layer&apos;s Activation to softmax, so that its 10 outputs are probabilities.</source>
        <translation>把输出层的“激活函数”设为 softmax，使它的 10 个输出成为概率。</translation>
    </message>
    <message>
        <source>“{id}” gives 10 softmax outputs.</source>
        <translation>“{id}”给出 10 个 softmax 输出。</translation>
    </message>
    <message>
        <source>Some layers are missing; go back a few steps.</source>
        <translation>缺少某些层；请返回前面几步。</translation>
    </message>
    <message>
        <source>Connect “{source}” to “{target}”: drag from the bottom port of one to the top port of the other.</source>
        <translation>将“{source}”连接到“{target}”：从一个层的底部端口拖到另一个层的顶部端口。</translation>
    </message>
    <message>
        <source>Remove the connection from “{source}” to “{target}”: click it and press Delete.</source>
        <translation>删除从“{source}”到“{target}”的连接：单击该连接并按 Delete 键。</translation>
    </message>
    <message>
        <source>784 → 128 → 10: a valid network with {count:,} weights and biases.</source>
        <translation>784 → 128 → 10：一个有效的网络，共有 {count:,} 个权重和偏置。</translation>
    </message>
    <message>
        <source>Guided First Model</source>
        <translation>引导式创建第一个模型</translation>
    </message>
    <message>
        <source>&amp;Guided First Model…</source>
        <translation>引导式创建第一个模型(&amp;G)…</translation>
    </message>
    <message>
        <source>Build, train and use your first network, step by step</source>
        <translation>一步一步地构建、训练并使用你的第一个网络</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Start an empty project</source>
        <translation>新建一个空项目</translation>
    </message>
    <message>
        <source>A neural network is a mapping: it takes an image and gives back ten numbers, one per digit. We build the tutorial&apos;s network, 784 inputs, 128 hidden units, 10 outputs, one layer at a time. Choose &lt;b&gt;File › New…&lt;/b&gt; and pick &lt;b&gt;Empty canvas&lt;/b&gt;.</source>
        <translation>神经网络是一个映射：它接收一张图像，返回十个数，每个数字对应一个。我们将逐层构建教程中的网络：784 个输入、128 个隐藏单元、10 个输出。请选择 &lt;b&gt;文件 › 新建…&lt;/b&gt;，然后选择 &lt;b&gt;空白画布&lt;/b&gt;。</translation>
    </message>
    <message>
        <source>Add the Input layer</source>
        <translation>添加输入层</translation>
    </message>
    <message>
        <source>The Input layer is where the data enters. Each MNIST digit is a 28×28 grid of gray levels, 784 numbers from 0 (black) to 1 (white ink). Drag &lt;b&gt;Input&lt;/b&gt; from the Layers palette onto the canvas and keep its Format “image”.</source>
        <translation>输入层是数据进入网络的地方。每个 MNIST 数字都是一个 28×28 的灰度网格，即 784 个取值从 0（黑色）到 1（白色笔迹）的数。把 &lt;b&gt;Input&lt;/b&gt; 从层面板拖到画布上，并保持其“格式”为“image”。</translation>
    </message>
    <message>
        <source>Flatten the image to 784 numbers</source>
        <translation>把图像展平为 784 个数</translation>
    </message>
    <message>
        <source>A Dense layer does not know about rows and columns: it takes one list of numbers. &lt;b&gt;Flatten&lt;/b&gt; unrolls the 28×28 grid row by row into a vector x = (x&lt;sub&gt;1&lt;/sub&gt;, …, x&lt;sub&gt;784&lt;/sub&gt;). Add it under the Input; step 8 makes sure every layer is connected.</source>
        <translation>Dense 层并不知道什么是行和列：它只接收一串数。&lt;b&gt;Flatten&lt;/b&gt; 把 28×28 的网格逐行展开成一个向量 x = (x&lt;sub&gt;1&lt;/sub&gt;, …, x&lt;sub&gt;784&lt;/sub&gt;)。把它添加到 Input 的下方；第 8 步会确保所有层都已连接。</translation>
    </message>
    <message>
        <source>A hidden Dense layer with 128 units</source>
        <translation>一个有 128 个单元的隐藏 Dense 层</translation>
    </message>
    <message>
        <source>In a &lt;b&gt;Dense&lt;/b&gt; layer every unit is connected to every input, with one weight w&lt;sub&gt;ij&lt;/sub&gt; per connection and one bias b&lt;sub&gt;j&lt;/sub&gt; per unit. Add a Dense layer and set its &lt;b&gt;Units&lt;/b&gt; to 128 in the Properties panel: 784 × 128 weights + 128 biases = 100,480 numbers to learn.</source>
        <translation>在 &lt;b&gt;Dense&lt;/b&gt; 层中，每个单元都与每个输入相连，每条连接有一个权重 w&lt;sub&gt;ij&lt;/sub&gt;，每个单元有一个偏置 b&lt;sub&gt;j&lt;/sub&gt;。添加一个 Dense 层，并在属性面板中把它的&lt;b&gt;单元数&lt;/b&gt;设为 128：784 × 128 个权重 + 128 个偏置 = 100,480 个需要学习的数。</translation>
    </message>
    <message>
        <source>Choose the activation</source>
        <translation>选择激活函数</translation>
    </message>
    <message>
        <source>Each unit passes its weighted sum z through an activation function φ; without it, stacked layers would collapse into one linear map. Sigmoid squashes z into 0…1 and tanh into −1…1, but both go flat for large |z|, so their gradients vanish. &lt;b&gt;ReLU&lt;/b&gt;, max(0, z), keeps a slope of 1 for z &gt; 0 and usually trains fastest: a good choice for the hidden layer.</source>
        <translation>每个单元都把它的加权和 z 送入激活函数 φ；没有激活函数，堆叠的多层就会坍缩成一个线性映射。Sigmoid 把 z 压缩到 0…1，tanh 压缩到 −1…1，但两者在 |z| 很大时都会变平，导致梯度消失。&lt;b&gt;ReLU&lt;/b&gt;，即 max(0, z)，在 z &gt; 0 时斜率保持为 1，通常训练得最快：是隐藏层的好选择。</translation>
    </message>
    <message>
        <source>Choose the weight initialization</source>
        <translation>选择权重初始化方法</translation>
    </message>
    <message>
        <source>Training starts from small random weights; if all were equal, every unit would learn the same thing. A &lt;b&gt;Gaussian&lt;/b&gt; (random_normal) with a fixed σ such as 0.05 works for small networks. &lt;b&gt;Xavier (Glorot)&lt;/b&gt; scales the spread to the layer&apos;s size, Var(w) = 2 / (n&lt;sub&gt;in&lt;/sub&gt; + n&lt;sub&gt;out&lt;/sub&gt;), so signals neither grow nor fade from layer to layer. Pick it in &lt;b&gt;Weight initializer&lt;/b&gt;.</source>
        <translation>训练从较小的随机权重开始；如果所有权重都相等，每个单元都会学到相同的东西。固定 σ（例如 0.05）的&lt;b&gt;高斯分布&lt;/b&gt;（random_normal）适用于小型网络。&lt;b&gt;Xavier（Glorot）&lt;/b&gt;根据层的大小调整分布的宽度，Var(w) = 2 / (n&lt;sub&gt;in&lt;/sub&gt; + n&lt;sub&gt;out&lt;/sub&gt;)，使信号在层与层之间既不增大也不衰减。请在&lt;b&gt;权重初始化器&lt;/b&gt;中选择它。</translation>
    </message>
    <message>
        <source>The output layer: 10 units and softmax</source>
        <translation>输出层：10 个单元和 softmax</translation>
    </message>
    <message>
        <source>Forward propagation computes every layer from the one before: output&lt;sub&gt;j&lt;/sub&gt; = φ(Σ&lt;sub&gt;i&lt;/sub&gt; w&lt;sub&gt;ij&lt;/sub&gt; x&lt;sub&gt;i&lt;/sub&gt; + b&lt;sub&gt;j&lt;/sub&gt;). The output layer has one unit per digit, so add a Dense layer with &lt;b&gt;Units&lt;/b&gt; 10 and &lt;b&gt;Activation&lt;/b&gt; softmax, which turns the ten sums into probabilities that add up to 1.</source>
        <translation>前向传播根据前一层计算每一层：output&lt;sub&gt;j&lt;/sub&gt; = φ(Σ&lt;sub&gt;i&lt;/sub&gt; w&lt;sub&gt;ij&lt;/sub&gt; x&lt;sub&gt;i&lt;/sub&gt; + b&lt;sub&gt;j&lt;/sub&gt;)。输出层为每个数字设一个单元，所以请添加一个&lt;b&gt;单元数&lt;/b&gt;为 10、&lt;b&gt;激活函数&lt;/b&gt;为 softmax 的 Dense 层，softmax 会把十个加权和转换为总和为 1 的概率。</translation>
    </message>
    <message>
        <source>Data flows along the connections: Input → Flatten → Dense 128 → Dense 10. Drag from a layer&apos;s bottom port to the top port of the next one. The chain of mappings, 28×28 pixels in and 10 probabilities out, is the whole network.</source>
        <translation>数据沿着连接流动：Input → Flatten → Dense 128 → Dense 10。从一个层的底部端口拖到下一个层的顶部端口。这一串映射——输入 28×28 个像素，输出 10 个概率——就是整个网络。</translation>
    </message>
    <message>
        <source>Choose the loss</source>
        <translation>选择损失函数</translation>
    </message>
    <message>
        <source>To learn, the network needs one number that says how wrong it is: the loss L. Mean squared error treats the ten outputs like any numbers; &lt;b&gt;cross entropy&lt;/b&gt;, L = −log p&lt;sub&gt;correct&lt;/sub&gt;, punishes confident mistakes hard and pairs with softmax to give clean gradients. Click an empty spot of the canvas to see the training settings and choose &lt;b&gt;Loss&lt;/b&gt;.</source>
        <translation>为了学习，网络需要一个衡量它错得有多离谱的数：损失 L。均方误差把十个输出当作普通数值来对待；&lt;b&gt;交叉熵&lt;/b&gt; L = −log p&lt;sub&gt;correct&lt;/sub&gt; 会严厉惩罚自信的错误，并且与 softmax 搭配能得到简洁的梯度。单击画布的空白处查看训练设置，然后选择&lt;b&gt;损失函数&lt;/b&gt;。</translation>
    </message>
    <message>
        <source>Backpropagation and the learning rate</source>
        <translation>反向传播与学习率</translation>
    </message>
    <message>
        <source>Backpropagation applies the chain rule from the loss back through the layers to find ∂L/∂w for every weight. Gradient descent then steps downhill: w ← w − η ∂L/∂w, with η the learning rate. Mini-batch &lt;b&gt;SGD&lt;/b&gt; takes one step per batch of, say, 32 images. Choose Optimizer SGD, a batch size and a learning rate around 0.1.</source>
        <translation>反向传播从损失出发，沿各层反向应用链式法则，求出每个权重的 ∂L/∂w。然后梯度下降向下坡迈出一步：w ← w − η ∂L/∂w，其中 η 是学习率。小批量 &lt;b&gt;SGD&lt;/b&gt; 每处理一批（比如 32 张）图像就走一步。请选择优化器 SGD，设置批量大小，并把学习率设为 0.1 左右。</translation>
    </message>
    <message>
        <source>Train and watch the curves</source>
        <translation>训练并观察曲线</translation>
    </message>
    <message>
        <source>Press &lt;b&gt;Train&lt;/b&gt;. Each epoch passes over all training images once; the loss curve should fall batch by batch while the accuracy on held-back validation images rises. At the end the network is tested on digits it never saw: aim for more than 80%.</source>
        <translation>按下&lt;b&gt;训练&lt;/b&gt;。每个轮次都会把所有训练图像遍历一遍；损失曲线应该逐批下降，而在预留的验证图像上的准确率应该上升。最后，网络会在它从未见过的数字上进行测试：目标是超过 80%。</translation>
    </message>
    <message>
        <source>Look at the weights and gradients</source>
        <translation>查看权重和梯度</translation>
    </message>
    <message>
        <source>Open the &lt;b&gt;Weights&lt;/b&gt; panel: for the hidden layer each tile shows one unit&apos;s 784 weights as a 28×28 picture, the pixels that push it up in one color and down in the other. Then open &lt;b&gt;Gradients&lt;/b&gt;: one line per layer shows how large ∂L/∂W was during training; a layer near the input whose line sinks far below the others would have vanishing gradients.</source>
        <translation>打开&lt;b&gt;权重&lt;/b&gt;面板：对于隐藏层，每个图块把一个单元的 784 个权重显示为一张 28×28 的图片，使该单元输出增大的像素用一种颜色表示，使其减小的像素用另一种颜色表示。然后打开&lt;b&gt;梯度&lt;/b&gt;面板：每层一条曲线，显示训练过程中 ∂L/∂W 的大小；如果靠近输入的某一层的曲线远远低于其他层，就说明它出现了梯度消失。</translation>
    </message>
    <message>
        <source>Draw a digit</source>
        <translation>写一个数字</translation>
    </message>
    <message>
        <source>Draw a digit on the &lt;b&gt;Sketch&lt;/b&gt; pad. NetDesigner shrinks it to 28×28 and centres it as in MNIST, then runs it forward through your network: the bars are the ten softmax outputs and the largest one is the answer.</source>
        <translation>在&lt;b&gt;手写板&lt;/b&gt;上写一个数字。NetDesigner 会像 MNIST 那样把它缩小到 28×28 并居中，然后让它在你的网络中做一次前向传播：条形图是十个 softmax 输出，最大的那个就是答案。</translation>
    </message>
    <message>
        <source>The loss is cross entropy.</source>
        <translation>损失函数是交叉熵。</translation>
    </message>
    <message>
        <source>Mean squared error learns slowly behind softmax: its gradient shrinks when an answer is confidently wrong. Choose Loss: cross entropy.</source>
        <translation>在 softmax 之后使用均方误差学得很慢：当答案自信地出错时，它的梯度会变小。请选择损失函数：交叉熵。</translation>
    </message>
    <message>
        <source>Choose Optimizer: SGD. It is exactly the rule w ← w − η ∂L/∂w; the others change the step size on their own, which can wait.</source>
        <translation>请选择优化器：SGD。它正是规则 w ← w − η ∂L/∂w；其他优化器会自行调整步长，这些可以以后再说。</translation>
    </message>
    <message>
        <source>Untick “Full batch”: mini-batch SGD updates the weights after every batch.</source>
        <translation>取消勾选“全批量”：小批量 SGD 在每个批次之后都会更新权重。</translation>
    </message>
    <message>
        <source>Batches of {size} images give few updates per epoch; choose a batch size of 16 to 128.</source>
        <translation>每批 {size} 张图像会使每个轮次的更新次数很少；请选择 16 到 128 之间的批量大小。</translation>
    </message>
    <message>
        <source>A learning rate of {rate:g} barely moves the weights with SGD; try 0.1.</source>
        <translation>学习率为 {rate:g} 时，SGD 几乎无法移动权重；试试 0.1。</translation>
    </message>
    <message>
        <source>A learning rate of {rate:g} overshoots and the loss blows up; try 0.1.</source>
        <translation>学习率为 {rate:g} 时步子迈得过大，损失会发散；试试 0.1。</translation>
    </message>
    <message>
        <source>Mini-batch SGD, {size} images per batch, learning rate η = {rate:g}.</source>
        <translation>小批量 SGD，每批 {size} 张图像，学习率 η = {rate:g}。</translation>
    </message>
    <message>
        <source>Test accuracy {accuracy:.1%} on digits the network never saw.</source>
        <translation>在网络从未见过的数字上，测试准确率为 {accuracy:.1%}。</translation>
    </message>
    <message>
        <source>Training… watch the loss fall in the Training panel.</source>
        <translation>正在训练… 请在训练面板中观察损失下降。</translation>
    </message>
    <message>
        <source>The last run diverged: the loss blew up. Lower the learning rate and train again.</source>
        <translation>上一次运行发散了：损失急剧增大。请降低学习率后重新训练。</translation>
    </message>
    <message>
        <source>Your best run reached {accuracy:.1%}; the goal is more than 80%. Train again with more epochs, or tick Continue to keep training the same weights.</source>
        <translation>你最好的一次运行达到了 {accuracy:.1%}；目标是超过 80%。请用更多轮次重新训练，或者勾选“继续”，在同一组权重上继续训练。</translation>
    </message>
    <message>
        <source>Press Train (F5) and let the run finish.</source>
        <translation>按下“训练”（F5），等待运行结束。</translation>
    </message>
    <message>
        <source>You have looked at the weights and the gradients.</source>
        <translation>你已经查看了权重和梯度。</translation>
    </message>
    <message>
        <source>Train the network first (F5): these panels show the network trained now.</source>
        <translation>请先训练网络（F5）：这些面板显示的是当前训练好的网络。</translation>
    </message>
    <message>
        <source>Open the Weights panel: its tab is at the bottom of the window.</source>
        <translation>打开权重面板：它的标签页位于窗口底部。</translation>
    </message>
    <message>
        <source>Now open the Gradients panel, next to the Weights tab.</source>
        <translation>现在打开梯度面板，它就在权重标签页旁边。</translation>
    </message>
    <message>
        <source>Your network has read your handwriting.</source>
        <translation>你的网络已经读懂了你的手写数字。</translation>
    </message>
    <message>
        <source>Train the network first (F5), then draw a digit.</source>
        <translation>请先训练网络（F5），然后再写一个数字。</translation>
    </message>
    <message>
        <source>Draw a digit on the Sketch pad with the mouse.</source>
        <translation>用鼠标在手写板上写一个数字。</translation>
    </message>
</context>
<context>
    <name>WalkthroughPanel</name>
    <message>
        <source>Guided first model</source>
        <translation>引导式创建第一个模型</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>还缺少什么</translation>
    </message>
    <message>
        <source>Step explanation</source>
        <translation>步骤说明</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>上一步</translation>
    </message>
    <message>
        <source>Do it for me</source>
        <translation>帮我完成</translation>
    </message>
    <message>
        <source>Carry out this step; Edit › Undo takes it back</source>
        <translation>执行这一步；可通过 编辑 › 撤销 还原</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>重新开始</translation>
    </message>
    <message>
        <source>Forget the progress and begin again at step 1</source>
        <translation>清除进度，从第 1 步重新开始</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Your progress is kept: Help › Guided First Model… resumes here</source>
        <translation>你的进度会被保留：通过 帮助 › 引导式创建第一个模型… 可以从这里继续</translation>
    </message>
    <message>
        <source>Step {number} of {count}</source>
        <translation>第 {number} 步，共 {count} 步</translation>
    </message>
    <message>
        <source>Step {number} is no longer done</source>
        <translation>第 {number} 步已不再处于完成状态</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Finish this step first</source>
        <translation>请先完成这一步</translation>
    </message>
    <message>
        <source>All {count} steps done</source>
        <translation>全部 {count} 步均已完成</translation>
    </message>
    <message>
        <source>Your first model works</source>
        <translation>你的第一个模型成功了</translation>
    </message>
    <message>
        <source>You mapped 784 pixels to 10 probabilities, trained the mapping with backpropagation and read your own handwriting with it. Try what the tutorial suggests next: sigmoid instead of ReLU, a Gaussian initialization, a smaller or larger learning rate, and compare the runs (select two in the Training panel and press Compare).</source>
        <translation>你把 784 个像素映射到了 10 个概率，用反向传播训练了这个映射，并用它读懂了你自己的手写数字。接下来试试教程建议的做法：用 sigmoid 代替 ReLU、使用高斯初始化、采用更小或更大的学习率，然后比较这些运行（在训练面板中选中两次运行并点击“比较”）。</translation>
    </message>
</context>
</TS>
