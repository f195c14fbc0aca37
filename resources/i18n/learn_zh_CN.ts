<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Learn</name>
    <message>
        <source>The design is locked while the network trains. Stop training, then try again.</source>
        <translation>网络训练期间设计处于锁定状态。请先停止训练，然后重试。</translation>
    </message>
    <message>
        <source>Show a neuron</source>
        <translation>查看一个神经元</translation>
    </message>
    <message>
        <source>Selects a Dense layer and opens the Neuron panel (first-mlp if the canvas has none).</source>
        <translation>选中一个 Dense 层并打开神经元面板（如果画布上没有 Dense 层，则先打开 first-mlp）。</translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;Train the network (F5).&lt;/li&gt;&lt;li&gt;In the Neuron panel, choose a unit and a test image: it shows z&lt;sub&gt;j&lt;/sub&gt; = Σ w&lt;sub&gt;ij&lt;/sub&gt; x&lt;sub&gt;i&lt;/sub&gt; + b&lt;sub&gt;j&lt;/sub&gt; with the real numbers, the largest terms first, and φ(z&lt;sub&gt;j&lt;/sub&gt;).&lt;/li&gt;&lt;li&gt;Try another image and watch which inputs matter.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;训练网络（F5）。&lt;/li&gt;&lt;li&gt;在神经元面板中选择一个单元和一张测试图像：面板会用真实数值显示 z&lt;sub&gt;j&lt;/sub&gt; = Σ w&lt;sub&gt;ij&lt;/sub&gt; x&lt;sub&gt;i&lt;/sub&gt; + b&lt;sub&gt;j&lt;/sub&gt;（最大的项排在最前）以及 φ(z&lt;sub&gt;j&lt;/sub&gt;)。&lt;/li&gt;&lt;li&gt;换一张图像试试，观察哪些输入起了作用。&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Use sigmoid in the hidden layers</source>
        <translation>在隐藏层中使用 sigmoid</translation>
    </message>
    <message>
        <source>Sets every hidden layer&apos;s activation to sigmoid (one undo step).</source>
        <translation>将所有隐藏层的激活函数设为 sigmoid（可一步撤销）。</translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;Train (F5) and note the test accuracy and how fast the loss falls.&lt;/li&gt;&lt;li&gt;Undo (Ctrl+Z) to get the previous activation back and train again.&lt;/li&gt;&lt;li&gt;Tick both runs in the Runs list to overlay their curves.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;训练（F5），记下测试准确率以及损失下降的速度。&lt;/li&gt;&lt;li&gt;撤销（Ctrl+Z）恢复之前的激活函数，然后再训练一次。&lt;/li&gt;&lt;li&gt;在运行列表中勾选这两次运行，把它们的曲线叠加对比。&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Use tanh in the hidden layers</source>
        <translation>在隐藏层中使用 tanh</translation>
    </message>
    <message>
        <source>Sets every hidden layer&apos;s activation to tanh (one undo step).</source>
        <translation>将所有隐藏层的激活函数设为 tanh（可一步撤销）。</translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;Train (F5).&lt;/li&gt;&lt;li&gt;Undo (Ctrl+Z), train again with the previous activation, and tick both runs in the Runs list to compare their loss curves.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;训练（F5）。&lt;/li&gt;&lt;li&gt;撤销（Ctrl+Z），用之前的激活函数再训练一次，然后在运行列表中勾选这两次运行，比较它们的损失曲线。&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Use ReLU in the hidden layers</source>
        <translation>在隐藏层中使用 ReLU</translation>
    </message>
    <message>
        <source>Sets every hidden layer&apos;s activation to ReLU (one undo step).</source>
        <translation>将所有隐藏层的激活函数设为 ReLU（可一步撤销）。</translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;Train (F5) and keep an eye on the Gradients panel.&lt;/li&gt;&lt;li&gt;Undo (Ctrl+Z), train again, and tick both runs in the Runs list to compare.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;训练（F5），同时留意梯度面板。&lt;/li&gt;&lt;li&gt;撤销（Ctrl+Z），再训练一次，然后在运行列表中勾选这两次运行进行比较。&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>See the probabilities</source>
        <translation>查看概率</translation>
    </message>
    <message>
        <source>Makes sure the output layer uses softmax, selects it and opens the Sketch pad.</source>
        <translation>确保输出层使用 softmax，选中该层并打开手写板。</translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;Train (F5).&lt;/li&gt;&lt;li&gt;Draw a digit on the Sketch pad: the ten bars are the softmax probabilities, and they always add up to 100%.&lt;/li&gt;&lt;li&gt;Draw something between two digits, such as a 4 that looks like a 9, and watch the probability split.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;训练（F5）。&lt;/li&gt;&lt;li&gt;在手写板上写一个数字：十个条形就是 softmax 输出的概率，它们的总和始终是 100%。&lt;/li&gt;&lt;li&gt;写一个介于两个数字之间的字形，比如看起来像 9 的 4，观察概率如何被分摊。&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Switch the loss</source>
        <translation>切换损失函数</translation>
    </message>
    <message>
        <source>Switches the training loss between cross entropy and mean squared error (one undo step).</source>
        <translation>在交叉熵和均方误差之间切换训练所用的损失函数（可一步撤销）。</translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;Train (F5).&lt;/li&gt;&lt;li&gt;Undo (Ctrl+Z) to switch back and train again.&lt;/li&gt;&lt;li&gt;Select both runs in the Runs list and press Compare: which loss learns faster in the first epoch?&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;训练（F5）。&lt;/li&gt;&lt;li&gt;撤销（Ctrl+Z）切换回来，再训练一次。&lt;/li&gt;&lt;li&gt;在运行列表中选中这两次运行并点击“比较”：在第一个轮次中，哪种损失函数学得更快？&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Watch the gradients</source>
        <translation>观察梯度</translation>
    </message>
    <message>
        <source>Opens the Gradients panel (and first-mlp if the canvas has no Dense layer).</source>
        <translation>打开梯度面板（如果画布上没有 Dense 层，则同时打开 first-mlp）。</translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;Press Step (F10) to run a single batch, then Step again: each step is one forward pass, one backward pass and one weight update.&lt;/li&gt;&lt;li&gt;Train (F5) and watch the gradient of every layer in the Gradients panel.&lt;/li&gt;&lt;li&gt;In the Neuron panel, the backward part shows the chain rule with a unit&apos;s real numbers.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;按“单步”（F10）运行一个批次，然后再按一次“单步”：每一步都包含一次前向传播、一次反向传播和一次权重更新。&lt;/li&gt;&lt;li&gt;训练（F5），在梯度面板中观察每一层的梯度。&lt;/li&gt;&lt;li&gt;在神经元面板中，反向部分会用某个单元的真实数值展示链式法则。&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Use full-batch gradient descent</source>
        <translation>使用全批量梯度下降</translation>
    </message>
    <message>
        <source>Ticks Full batch in the training settings (one undo step).</source>
        <translation>在训练设置中勾选“全批量”（可一步撤销）。</translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;Train (F5): every epoch is a single step, so the loss has barely moved after a few epochs.&lt;/li&gt;&lt;li&gt;Undo (Ctrl+Z) to go back to mini-batches of 32 and train again.&lt;/li&gt;&lt;li&gt;Then set the batch size to 1 (stochastic gradient descent) and train one epoch: the loss curve gets noisy.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;训练（F5）：每个轮次只有一步，所以几个轮次之后损失几乎没有变化。&lt;/li&gt;&lt;li&gt;撤销（Ctrl+Z），恢复为大小为 32 的小批量，再训练一次。&lt;/li&gt;&lt;li&gt;然后把批量大小设为 1（随机梯度下降），训练一个轮次：损失曲线会变得很嘈杂。&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Train with plain SGD</source>
        <translation>用普通 SGD 训练</translation>
    </message>
    <message>
        <source>Sets the optimizer to plain SGD with learning rate 0.01 (one undo step).</source>
        <translation>将优化器设为学习率为 0.01 的普通 SGD（可一步撤销）。</translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;Train (F5).&lt;/li&gt;&lt;li&gt;Choose &lt;i&gt;SGD with momentum&lt;/i&gt; as the optimizer and train again.&lt;/li&gt;&lt;li&gt;Undo back to Adam (or choose it, learning rate 0.001) and train a third time.&lt;/li&gt;&lt;li&gt;Tick the three runs in the Runs list to overlay their loss curves.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;训练（F5）。&lt;/li&gt;&lt;li&gt;选择 &lt;i&gt;带动量的 SGD&lt;/i&gt; 作为优化器，再训练一次。&lt;/li&gt;&lt;li&gt;撤销回 Adam（或直接选择 Adam，学习率 0.001），第三次训练。&lt;/li&gt;&lt;li&gt;在运行列表中勾选这三次运行，把它们的损失曲线叠加对比。&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Add an L2 penalty</source>
        <translation>添加 L2 惩罚项</translation>
    </message>
    <message>
        <source>Adds an L2 penalty (λ = 0.001) to every Dense and Conv2D layer, as one undo step; opens first-mlp if the canvas has no Dense layer.</source>
        <translation>为每个 Dense 层和 Conv2D 层添加 L2 惩罚项（λ = 0.001），可一步撤销；如果画布上没有 Dense 层，则先打开 first-mlp。</translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;Train (F5).&lt;/li&gt;&lt;li&gt;Undo (Ctrl+Z) and train again without the penalty.&lt;/li&gt;&lt;li&gt;Compare the two runs: the training loss is higher with L2 (it includes the penalty), but look at the gap between training and validation accuracy, and at the Weights panel&apos;s distribution, which stays narrower.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;训练（F5）。&lt;/li&gt;&lt;li&gt;撤销（Ctrl+Z），在没有惩罚项的情况下再训练一次。&lt;/li&gt;&lt;li&gt;比较这两次运行：使用 L2 时训练损失更高（因为其中包含了惩罚项），但请留意训练准确率与验证准确率之间的差距，以及权重面板中的分布——它会保持得更窄。&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Insert a Dropout layer</source>
        <translation>插入 Dropout 层</translation>
    </message>
    <message>
        <source>Inserts Dropout (rate 0.5) just before the output layer, as one undo step.</source>
        <translation>在输出层之前插入 Dropout（丢弃率 0.5），可一步撤销。</translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;Set the epochs to 20 or more and train (F5).&lt;/li&gt;&lt;li&gt;Undo (Ctrl+Z), train again, and compare the validation curves of the two runs: with dropout, training accuracy is lower but the gap to validation is smaller.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;将轮数设为 20 或更多，然后训练（F5）。&lt;/li&gt;&lt;li&gt;撤销（Ctrl+Z），再训练一次，比较两次运行的验证曲线：使用 dropout 时训练准确率较低，但与验证准确率的差距更小。&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Start from a wide Gaussian</source>
        <translation>从很宽的高斯分布开始</translation>
    </message>
    <message>
        <source>Draws every layer&apos;s weights from a Gaussian with standard deviation 1, far too wide for 784 inputs (one undo step).</source>
        <translation>从标准差为 1 的高斯分布中抽取每一层的权重，对于 784 个输入来说这太宽了（可一步撤销）。</translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;Train (F5) and look at the first loss values: far above 2.3, because the outputs start out huge.&lt;/li&gt;&lt;li&gt;Undo (Ctrl+Z) to get Xavier (Glorot) back, or choose He normal for the ReLU layers, and train again.&lt;/li&gt;&lt;li&gt;Compare the first epoch of the runs.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;训练（F5），看看最初的几个损失值：远高于 2.3，因为输出一开始就非常大。&lt;/li&gt;&lt;li&gt;撤销（Ctrl+Z）恢复 Xavier（Glorot）初始化，或者为 ReLU 层选择 He 正态初始化，然后再训练一次。&lt;/li&gt;&lt;li&gt;比较这几次运行的第一个轮次。&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Train long enough to overfit</source>
        <translation>训练足够久直到过拟合</translation>
    </message>
    <message>
        <source>Sets 30 epochs and keeps a validation split of at least 10% (one undo step).</source>
        <translation>将轮数设为 30，并保留至少 10% 的验证集划分（可一步撤销）。</translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;Train (F5) and watch the loss plot: the training loss keeps falling while the validation loss (dotted) levels off and then rises.&lt;/li&gt;&lt;li&gt;Note the epoch where the validation loss was lowest: early stopping would stop there.&lt;/li&gt;&lt;li&gt;Add dropout or an L2 penalty and train again.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;训练（F5），观察损失图：训练损失持续下降，而验证损失（虚线）趋于平稳，随后开始上升。&lt;/li&gt;&lt;li&gt;记下验证损失最低的那个轮次：早停法会在那里停止训练。&lt;/li&gt;&lt;li&gt;添加 dropout 或 L2 惩罚项，再训练一次。&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Open the deep-sigmoid network</source>
        <translation>打开深层 sigmoid 网络</translation>
    </message>
    <message>
        <source>Opens the deep-sigmoid template: ten sigmoid layers trained with plain SGD. Unsaved changes to your network are offered for saving first.</source>
        <translation>打开 deep-sigmoid 模板：十个 sigmoid 层，用普通 SGD 训练。如果你的网络有未保存的更改，会先提示你保存。</translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;Train (F5).&lt;/li&gt;&lt;li&gt;In the Gradients panel, compare the first layers&apos; lines (blue) with the last (red): the first are orders of magnitude lower, and the loss hardly falls.&lt;/li&gt;&lt;li&gt;Press &lt;i&gt;Change sigmoid to ReLU&lt;/i&gt; and train again: the gradients reach the first layers and the network learns.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;训练（F5）。&lt;/li&gt;&lt;li&gt;在梯度面板中，比较前几层的曲线（蓝色）和最后几层的曲线（红色）：前几层要低好几个数量级，而且损失几乎不下降。&lt;/li&gt;&lt;li&gt;点击 &lt;i&gt;将 sigmoid 改为 ReLU&lt;/i&gt;，再训练一次：梯度能够传到前几层，网络开始学习。&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Change sigmoid to ReLU</source>
        <translation>将 sigmoid 改为 ReLU</translation>
    </message>
    <message>
        <source>Changes every hidden sigmoid layer to ReLU, as one undo step.</source>
        <translation>将所有隐藏的 sigmoid 层改为 ReLU，可一步撤销。</translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;Train (F5) and look at the Gradients panel again: the lines of all layers now lie close together.&lt;/li&gt;&lt;li&gt;Tick both runs in the Runs list to compare the loss curves.&lt;/li&gt;&lt;li&gt;For a further step, choose He normal as the weight initializer of the ReLU layers.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;训练（F5），再看看梯度面板：现在所有层的曲线都靠得很近。&lt;/li&gt;&lt;li&gt;在运行列表中勾选这两次运行，比较它们的损失曲线。&lt;/li&gt;&lt;li&gt;更进一步，可以为 ReLU 层选择 He 正态分布作为权重初始化方法。&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Set up; Edit › Undo takes it back.</source>
        <translation>已设置好；可通过 编辑 › 撤销 还原。</translation>
    </message>
    <message>
        <source>The design was already set up this way; nothing changed.</source>
        <translation>设计原本就是这样设置的；没有任何更改。</translation>
    </message>
    <message>
        <source>Selected a Dense layer and opened the Neuron panel.</source>
        <translation>已选中一个 Dense 层并打开神经元面板。</translation>
    </message>
    <message>
        <source>Opened the Gradients panel.</source>
        <translation>已打开梯度面板。</translation>
    </message>
    <message>
        <source>This network has no hidden layers to change.</source>
        <translation>该网络没有可更改的隐藏层。</translation>
    </message>
    <message>
        <source>Use {activation} in the hidden layers</source>
        <translation>在隐藏层中使用 {activation}</translation>
    </message>
    <message>
        <source>The network&apos;s output is not a Dense layer.</source>
        <translation>网络的输出层不是 Dense 层。</translation>
    </message>
    <message>
        <source>Use softmax output</source>
        <translation>使用 softmax 输出</translation>
    </message>
    <message>
        <source>There are no sigmoid layers on the canvas: open the deep-sigmoid network first.</source>
        <translation>画布上没有 sigmoid 层：请先打开深层 sigmoid 网络。</translation>
    </message>
    <message>
        <source>Opened the deep-sigmoid network.</source>
        <translation>已打开深层 sigmoid 网络。</translation>
    </message>
    <message>
        <source>Insert Dropout before the output</source>
        <translation>在输出层之前插入 Dropout</translation>
    </message>
    <message>
        <source>Draw the weights from a wide Gaussian</source>
        <translation>从很宽的高斯分布中抽取权重</translation>
    </message>
    <message>
        <source>The neuron</source>
        <translation>神经元</translation>
    </message>
    <message>
        <source>neuron unit weight bias weighted sum dense layer perceptron activation</source>
        <translation>神经元 单元 权重 偏置 加权和 全连接层 感知机 激活 neuron unit weight bias weighted sum dense layer perceptron activation</translation>
    </message>
    <message>
        <source>Sigmoid</source>
        <translation>Sigmoid 函数</translation>
    </message>
    <message>
        <source>sigmoid logistic activation saturation squash</source>
        <translation>sigmoid S 型 逻辑函数 激活 饱和 压缩 logistic activation saturation squash</translation>
    </message>
    <message>
        <source>Tanh</source>
        <translation>Tanh 函数</translation>
    </message>
    <message>
        <source>tanh hyperbolic tangent activation zero-centred</source>
        <translation>tanh 双曲正切 激活 零中心 hyperbolic tangent activation zero-centred</translation>
    </message>
    <message>
        <source>ReLU</source>
        <translation>ReLU</translation>
    </message>
    <message>
        <source>relu rectified linear unit activation leaky elu gelu dead</source>
        <translation>relu 修正线性单元 线性整流 激活 死亡单元 rectified linear unit activation leaky elu gelu dead</translation>
    </message>
    <message>
        <source>Softmax</source>
        <translation>Softmax</translation>
    </message>
    <message>
        <source>softmax probability output logits classes</source>
        <translation>softmax 概率 输出 logits 类别 probability output classes</translation>
    </message>
    <message>
        <source>Loss: mean squared error and cross entropy</source>
        <translation>损失函数：均方误差与交叉熵</translation>
    </message>
    <message>
        <source>loss mse mean squared error cross entropy log likelihood one-hot target</source>
        <translation>损失 损失函数 均方误差 交叉熵 对数似然 独热 目标 loss mse mean squared error cross entropy log likelihood one-hot target</translation>
    </message>
    <message>
        <source>Backpropagation and the chain rule</source>
        <translation>反向传播与链式法则</translation>
    </message>
    <message>
        <source>backpropagation backward pass chain rule gradient derivative error signal delta</source>
        <translation>反向传播 反向传递 链式法则 梯度 导数 误差信号 backpropagation backward pass chain rule gradient derivative error signal delta</translation>
    </message>
    <message>
        <source>Batch, mini-batch and stochastic gradient descent</source>
        <translation>批量、小批量与随机梯度下降</translation>
    </message>
    <message>
        <source>gradient descent sgd batch size mini-batch stochastic learning rate epoch step</source>
        <translation>梯度下降 随机梯度下降 批量大小 小批量 学习率 轮次 步 gradient descent sgd batch size mini-batch stochastic learning rate epoch step</translation>
    </message>
    <message>
        <source>Momentum and Adam</source>
        <translation>动量与 Adam</translation>
    </message>
    <message>
        <source>optimizer momentum adam rmsprop sgd velocity adaptive learning rate</source>
        <translation>优化器 动量 速度 自适应学习率 optimizer momentum adam rmsprop sgd velocity adaptive learning rate</translation>
    </message>
    <message>
        <source>L1 and L2 regularization</source>
        <translation>L1 与 L2 正则化</translation>
    </message>
    <message>
        <source>regularization regularizer penalty l1 l2 weight decay lambda sparse</source>
        <translation>正则化 正则项 惩罚项 权重衰减 稀疏 regularization regularizer penalty l1 l2 weight decay lambda sparse</translation>
    </message>
    <message>
        <source>Dropout</source>
        <translation>Dropout</translation>
    </message>
    <message>
        <source>dropout rate regularization co-adaptation ensemble</source>
        <translation>dropout 丢弃 丢弃率 正则化 协同适应 集成 rate regularization co-adaptation ensemble</translation>
    </message>
    <message>
        <source>Weight initialization</source>
        <translation>权重初始化</translation>
    </message>
    <message>
        <source>initialization initializer gaussian normal xavier glorot he fan-in variance</source>
        <translation>初始化 初始化器 高斯 正态 方差 扇入 initialization initializer gaussian normal xavier glorot he fan-in variance</translation>
    </message>
    <message>
        <source>Overfitting and validation</source>
        <translation>过拟合与验证</translation>
    </message>
    <message>
        <source>overfitting underfitting validation split test set generalization early stopping</source>
        <translation>过拟合 欠拟合 验证 验证集 测试集 泛化 早停 overfitting underfitting validation split test set generalization early stopping</translation>
    </message>
    <message>
        <source>Vanishing gradients</source>
        <translation>梯度消失</translation>
    </message>
    <message>
        <source>vanishing exploding gradients deep network sigmoid relu chain rule</source>
        <translation>梯度消失 梯度爆炸 深层网络 链式法则 vanishing exploding gradients deep network sigmoid relu chain rule</translation>
    </message>
    <message>
        <source>A network with many weights can fit its training set in ways that do not carry over to new digits ({overfitting}). One remedy is to prefer small weights, by adding a penalty on their size to the loss &lt;i&gt;L&lt;/i&gt;. Training then minimizes the sum, and λ sets how strongly the penalty counts:</source>
        <translation>一个拥有大量权重的网络，可能会以无法推广到新数字的方式去拟合训练集（{overfitting}）。一种补救办法是偏好较小的权重：在损失 &lt;i&gt;L&lt;/i&gt; 上加一个与权重大小有关的惩罚项。训练随后最小化两者之和，而 λ 决定惩罚项所占的分量：</translation>
    </message>
    <message>
        <source>overfitting</source>
        <translation>过拟合</translation>
    </message>
    <message>
        <source>&lt;b&gt;L2&lt;/b&gt;, also called weight decay: the penalty&apos;s gradient is 2λ&lt;i&gt;w&lt;/i&gt;, so every step also shrinks each weight in proportion to its size. Large weights are punished most; the weights end up small and spread out, and the network&apos;s answer depends less on any single pixel, which makes it smoother and less prone to memorizing.</source>
        <translation>&lt;b&gt;L2&lt;/b&gt;，也称为权重衰减：惩罚项的梯度是 2λ&lt;i&gt;w&lt;/i&gt;，因此每一步还会按比例缩小每个权重。大的权重受到的惩罚最重；最终权重会变得较小且分布均匀，网络的输出不再过分依赖某一个像素，从而更加平滑，也更不容易死记硬背。</translation>
    </message>
    <message>
        <source>&lt;b&gt;L1&lt;/b&gt;: the penalty&apos;s gradient is λ·sign(&lt;i&gt;w&lt;/i&gt;), a constant pull towards zero whatever the weight&apos;s size. Weights that do not earn their keep end up at exactly zero, so L1 makes sparse networks: in a first layer, many pixels end up ignored altogether.</source>
        <translation>&lt;b&gt;L1&lt;/b&gt;：惩罚项的梯度是 λ·sign(&lt;i&gt;w&lt;/i&gt;)，无论权重大小如何，都以恒定的力度把它拉向零。那些“没有贡献”的权重最终会恰好变为零，因此 L1 会得到稀疏的网络：在第一层中，很多像素会被完全忽略。</translation>
    </message>
    <message>
        <source>Too small a λ does nothing; too large a λ makes the network underfit, caring more about small weights than about the data. Values from 0.0001 to 0.01 are typical. Here the penalty applies to a layer&apos;s weights, not its biases. The training loss shown includes the penalty, so it is higher than without one: compare accuracies and the validation curves instead.</source>
        <translation>λ 太小不起作用；λ 太大会让网络欠拟合，它会更在意让权重变小，而不是拟合数据。常见取值在 0.0001 到 0.01 之间。这里的惩罚项只作用于层的权重，不作用于偏置。显示的训练损失包含了惩罚项，所以会比不加惩罚时更高：请改为比较准确率和验证曲线。</translation>
    </message>
    <message>
        <source>During training, a Dropout layer sets each of its inputs to zero with probability &lt;i&gt;p&lt;/i&gt;, the rate, with a fresh random choice for every example at every step. The values that survive are scaled up by 1/(1 − &lt;i&gt;p&lt;/i&gt;), so that on average the next layer receives the same total. Below, the mask &lt;i&gt;m&lt;/i&gt;&lt;sub&gt;i&lt;/sub&gt; is 0 with probability &lt;i&gt;p&lt;/i&gt; and 1 otherwise. When the network is tested or used, dropout does nothing.</source>
        <translation>训练期间，Dropout 层会以概率 &lt;i&gt;p&lt;/i&gt;（即丢弃率）把它的每个输入置为零，并且对每一步中的每个样本都重新随机选择。保留下来的值会放大 1/(1 − &lt;i&gt;p&lt;/i&gt;) 倍，使下一层平均接收到的总量保持不变。下式中，掩码 &lt;i&gt;m&lt;/i&gt;&lt;sub&gt;i&lt;/sub&gt; 以概率 &lt;i&gt;p&lt;/i&gt; 取 0，否则取 1。在测试或使用网络时，dropout 不起任何作用。</translation>
    </message>
    <message>
        <source>Why it helps: no unit can count on any particular other unit being there, so units cannot team up to memorize individual training examples; every feature must be useful on its own and is learned redundantly. Another way to see it: each step trains a different thinned network, and the full network at test time behaves like an average of this huge family.</source>
        <translation>它为什么有效：任何单元都不能指望另一个特定单元一定存在，因此单元之间无法联手去记住个别训练样本；每个特征都必须自身有用，并且会被冗余地学到。另一种理解方式：每一步训练的都是一个不同的“变瘦”的网络，而测试时的完整网络表现得就像这一庞大网络族的平均。</translation>
    </message>
    <message>
        <source>Put dropout after hidden layers, for example between two Dense layers, with a rate from 0.2 to 0.5; not after the output. Training needs more epochs to converge. The training accuracy, measured with dropout on, is often lower than the validation accuracy, measured with it off: that is expected, not a bug. Dropout is one of several tools against {overfitting}, next to {penalties}.</source>
        <translation>把 dropout 放在隐藏层之后，例如两个 Dense 层之间，丢弃率取 0.2 到 0.5；不要放在输出层之后。训练需要更多轮次才能收敛。训练准确率是在开启 dropout 时测得的，常常低于关闭 dropout 时测得的验证准确率：这是正常现象，不是程序错误。Dropout 是对抗{overfitting}的几种工具之一，另外还有{penalties}。</translation>
    </message>
    <message>
        <source>L1 and L2 penalties</source>
        <translation>L1 和 L2 惩罚项</translation>
    </message>
    <message>
        <source>Before training, every weight needs a starting value. All zeros does not work: every neuron of a layer would compute the same output and receive the same gradient, so they would stay identical forever. The weights are therefore drawn at random, and the size of those random numbers matters a great deal.</source>
        <translation>训练之前，每个权重都需要一个初始值。全部设为零是行不通的：同一层的每个神经元会计算出相同的输出、得到相同的梯度，于是它们会永远保持一致。因此权重是随机抽取的，而这些随机数的大小非常重要。</translation>
    </message>
    <message>
        <source>A neuron sums &lt;i&gt;n&lt;/i&gt;&lt;sub&gt;in&lt;/sub&gt; inputs (its fan-in), so the variance of its sum is about &lt;i&gt;n&lt;/i&gt;&lt;sub&gt;in&lt;/sub&gt; · Var(&lt;i&gt;w&lt;/i&gt;) · Var(&lt;i&gt;x&lt;/i&gt;). If the weights are too large, the signal grows layer by layer, saturating sigmoids or blowing up; if they are too small, it fades away. Gradients flowing backwards behave the same way. The aim is to keep the variance about the same from layer to layer:</source>
        <translation>一个神经元对 &lt;i&gt;n&lt;/i&gt;&lt;sub&gt;in&lt;/sub&gt; 个输入求和（即它的扇入），因此其加权和的方差约为 &lt;i&gt;n&lt;/i&gt;&lt;sub&gt;in&lt;/sub&gt; · Var(&lt;i&gt;w&lt;/i&gt;) · Var(&lt;i&gt;x&lt;/i&gt;)。如果权重太大，信号会逐层增长，使 sigmoid 饱和甚至数值爆炸；如果权重太小，信号会逐渐消失。反向流动的梯度也是如此。目标是让方差在各层之间大致保持不变：</translation>
    </message>
    <message>
        <source>Gaussian:</source>
        <translation>高斯：</translation>
    </message>
    <message>
        <source>Glorot:</source>
        <translation>Glorot：</translation>
    </message>
    <message>
        <source>He:</source>
        <translation>He：</translation>
    </message>
    <message>
        <source>&lt;b&gt;Gaussian&lt;/b&gt; with a fixed standard deviation &lt;i&gt;s&lt;/i&gt; ignores the layer&apos;s size: fine for small layers, poor for wide or deep ones. &lt;b&gt;Xavier (Glorot)&lt;/b&gt; initialization, from 2010, balances the forward signal and the backward gradient for activations that are roughly linear around zero, such as {tanh} and the sigmoid; it is Keras&apos;s default. &lt;b&gt;He&lt;/b&gt; initialization, from 2015, doubles the variance because a {relu} sets about half of its inputs to zero and so halves the signal&apos;s variance; use it with ReLU in deep networks. Both come in a uniform and a normal flavour with the same variance.</source>
        <translation>使用固定标准差 &lt;i&gt;s&lt;/i&gt; 的&lt;b&gt;高斯&lt;/b&gt;初始化忽略了层的大小：对小的层没问题，对宽的或深的层效果很差。2010 年提出的 &lt;b&gt;Xavier（Glorot）&lt;/b&gt;初始化，针对在零附近近似线性的激活函数（例如 {tanh} 和 sigmoid）平衡了前向信号和反向梯度；它是 Keras 的默认设置。2015 年提出的 &lt;b&gt;He&lt;/b&gt; 初始化把方差加倍，因为 {relu} 会把大约一半的输入置零，从而使信号的方差减半；在深层网络中与 ReLU 搭配使用。两者都有均匀分布和正态分布两种形式，方差相同。</translation>
    </message>
    <message>
        <source>tanh</source>
        <translation>tanh</translation>
    </message>
    <message>
        <source>Biases usually start at zero: the random weights already make the neurons differ.</source>
        <translation>偏置通常从零开始：随机的权重已经足以让各个神经元有所不同。</translation>
    </message>
    <message>
        <source>The goal is not to do well on the training digits, which the network has already seen, but on new ones. A network &lt;i&gt;overfits&lt;/i&gt; when it learns the particular training examples, noise and all, instead of the general pattern. The sign: the training loss keeps falling while the loss on data the network has not trained on stops falling and starts to rise.</source>
        <translation>我们的目标不是在网络已经见过的训练数字上表现好，而是在新的数字上表现好。当网络学到的是具体的训练样本（连同其中的噪声），而不是一般规律时，就发生了&lt;i&gt;过拟合&lt;/i&gt;。其迹象是：训练损失持续下降，而网络没有训练过的数据上的损失停止下降并开始上升。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Validation&lt;/b&gt; measures this. The validation split holds back part of the training data, for example 10%, which is never used to update the weights; after every epoch the network is evaluated on it. The gap between the training and validation curves shows how much it overfits. The test set is kept for the very end: if you choose settings by looking at test results, they stop being an honest estimate of how the network does on new data.</source>
        <translation>&lt;b&gt;验证&lt;/b&gt;用来衡量这一点。验证集划分会保留一部分训练数据（例如 10%），这部分数据从不用于更新权重；每个轮次结束后都会在它上面评估网络。训练曲线和验证曲线之间的差距反映了过拟合的程度。测试集要留到最后使用：如果你根据测试结果来选择设置，测试结果就不再能如实估计网络在新数据上的表现。</translation>
    </message>
    <message>
        <source>What helps against overfitting: more data; a smaller network; {penalties}; {dropout}; and stopping at the epoch where the validation loss was lowest (early stopping). The opposite problem, &lt;i&gt;underfitting&lt;/i&gt;, shows as training and validation loss both staying high: then use a bigger network, more epochs or a better learning rate.</source>
        <translation>对抗过拟合的方法：更多的数据；更小的网络；{penalties}；{dropout}；以及在验证损失最低的轮次停止训练（早停）。相反的问题是&lt;i&gt;欠拟合&lt;/i&gt;，表现为训练损失和验证损失都居高不下：这时应使用更大的网络、更多的轮次或更合适的学习率。</translation>
    </message>
    <message>
        <source>L1 or L2 penalties</source>
        <translation>L1 或 L2 惩罚项</translation>
    </message>
    <message>
        <source>dropout</source>
        <translation>dropout</translation>
    </message>
    <message>
        <source>With the 5,000 bundled digits, a Dense layer of 128 units, about 100,000 weights, can memorize the training set within a few dozen epochs: a good place to watch it happen.</source>
        <translation>使用内置的 5,000 个数字时，一个有 128 个单元的 Dense 层（约 100,000 个权重）在几十个轮次内就能记住整个训练集：这是观察过拟合发生的好机会。</translation>
    </message>
    <message>
        <source>In the {backprop} pass, each layer multiplies the error signal by the derivative of its activation and by its weights. The gradient that reaches the first layer of a deep network is therefore a product with one such factor for every layer above it.</source>
        <translation>在{backprop}过程中，每一层都会把误差信号乘以其激活函数的导数和它的权重。因此，到达深层网络第一层的梯度是一个乘积，其上方的每一层都贡献一个这样的因子。</translation>
    </message>
    <message>
        <source>backpropagation</source>
        <translation>反向传播</translation>
    </message>
    <message>
        <source>The {sigmoid}&apos;s derivative is never more than 0.25. Through ten sigmoid layers the activation factors alone can shrink the signal a million times. Larger weights make up for part of it, but the first layers still receive gradients orders of magnitude smaller than the last: the last layers learn while the first barely move, and the whole network stalls, its loss staying near 2.3, the loss of guessing.</source>
        <translation>{sigmoid} 的导数永远不超过 0.25。经过十个 sigmoid 层，仅激活函数这些因子就能把信号缩小一百万倍。较大的权重可以弥补一部分，但前几层收到的梯度仍比最后几层小好几个数量级：最后几层在学习，而前几层几乎不动，整个网络停滞不前，损失一直停留在 2.3 附近，也就是随机猜测的损失。</translation>
    </message>
    <message>
        <source>sigmoid</source>
        <translation>sigmoid</translation>
    </message>
    <message>
        <source>The derivative of {relu} is exactly 1 wherever the unit is active, so the activations no longer shrink the product. With He initialization keeping the weights at the right scale, the gradient reaches the first layer at a useful size. This, with better initialization and later batch normalization and residual connections, is what made deep networks trainable.</source>
        <translation>只要单元处于激活状态，{relu} 的导数就恰好是 1，因此激活函数不再使乘积缩小。再配合 He 初始化把权重保持在合适的尺度上，梯度就能以有用的大小到达第一层。正是这一点，加上更好的初始化，以及后来的批量归一化和残差连接，才使得深层网络变得可以训练。</translation>
    </message>
    <message>
        <source>The opposite problem, &lt;i&gt;exploding gradients&lt;/i&gt;, appears when the factors are larger than 1: the gradient grows layer by layer, steps become huge and the loss jumps to NaN. The Gradients panel shows both: one line per layer, on a logarithmic scale.</source>
        <translation>相反的问题是&lt;i&gt;梯度爆炸&lt;/i&gt;，当这些因子大于 1 时出现：梯度逐层增大，更新步长变得巨大，损失跳变为 NaN。梯度面板可以同时显示这两种情况：每层一条曲线，采用对数刻度。</translation>
    </message>
    <message>
        <source>A neural network is built from simple units called neurons. Neuron &lt;i&gt;j&lt;/i&gt; of a layer receives the values &lt;i&gt;x&lt;/i&gt;&lt;sub&gt;1&lt;/sub&gt;, &lt;i&gt;x&lt;/i&gt;&lt;sub&gt;2&lt;/sub&gt;, …, &lt;i&gt;x&lt;/i&gt;&lt;sub&gt;n&lt;/sub&gt; of the layer before it (for the first layer of a digit network, the 784 pixel brightnesses). It multiplies each input by its own weight, adds the products up together with a bias, and passes the sum through an activation function φ:</source>
        <translation>神经网络由称为神经元的简单单元构成。某一层的神经元 &lt;i&gt;j&lt;/i&gt; 接收前一层的值 &lt;i&gt;x&lt;/i&gt;&lt;sub&gt;1&lt;/sub&gt;, &lt;i&gt;x&lt;/i&gt;&lt;sub&gt;2&lt;/sub&gt;, …, &lt;i&gt;x&lt;/i&gt;&lt;sub&gt;n&lt;/sub&gt;（对于数字识别网络的第一层，就是 784 个像素的亮度）。它把每个输入乘以各自的权重，将这些乘积与一个偏置相加，再把和送入激活函数 φ：</translation>
    </message>
    <message>
        <source>output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>The weight &lt;i&gt;w&lt;/i&gt;&lt;sub&gt;ij&lt;/sub&gt; says how much input &lt;i&gt;i&lt;/i&gt; matters to neuron &lt;i&gt;j&lt;/i&gt;: a positive weight pushes the neuron&apos;s output up when the input is large, a negative weight pushes it down. The bias &lt;i&gt;b&lt;/i&gt;&lt;sub&gt;j&lt;/sub&gt; shifts the threshold: how large the weighted sum must be before the neuron responds. Training changes nothing but these numbers.</source>
        <translation>权重 &lt;i&gt;w&lt;/i&gt;&lt;sub&gt;ij&lt;/sub&gt; 表示输入 &lt;i&gt;i&lt;/i&gt; 对神经元 &lt;i&gt;j&lt;/i&gt; 有多重要：当输入较大时，正权重会把神经元的输出往上推，负权重则往下拉。偏置 &lt;i&gt;b&lt;/i&gt;&lt;sub&gt;j&lt;/sub&gt; 用来移动阈值：加权和需要多大，神经元才会作出响应。训练所改变的只有这些数值。</translation>
    </message>
    <message>
        <source>A Dense layer is many such neurons side by side, all reading the same inputs. With 784 inputs and 128 units it holds 784 × 128 = 100,352 weights plus 128 biases: 100,480 parameters, the count the Properties panel shows for the layer.</source>
        <translation>一个 Dense 层就是许多这样的神经元并排在一起，它们读取相同的输入。对于 784 个输入和 128 个单元，该层有 784 × 128 = 100,352 个权重，再加上 128 个偏置：共 100,480 个参数，也就是属性面板中为该层显示的参数数量。</translation>
    </message>
    <message>
        <source>Why φ? Without it, stacking layers would gain nothing: a linear function of a linear function is still linear, so a deep network without activations can only draw straight boundaries between classes, like a single layer. A nonlinear φ such as {sigmoid}, {tanh} or {relu} is what lets depth build curved, intricate decision boundaries.</source>
        <translation>为什么需要 φ？没有它，堆叠多层毫无益处：线性函数的线性函数仍然是线性的，所以没有激活函数的深层网络和单层网络一样，只能在类别之间画出直线边界。正是 {sigmoid}、{tanh} 或 {relu} 这样的非线性 φ，才让网络的深度能够构建出弯曲而复杂的决策边界。</translation>
    </message>
    <message>
        <source>The sigmoid, or logistic function, squashes any number into the range from 0 to 1. Large negative inputs give almost 0, large positive inputs almost 1, and σ(0) = 0.5. It was the classic activation because it resembles a neuron&apos;s firing rate, and its output can be read as a probability, which makes it the right choice for a single yes-or-no output.</source>
        <translation>sigmoid 函数，又称逻辑函数（logistic function），把任意数值压缩到 0 到 1 的范围内。很大的负输入得到接近 0 的值，很大的正输入得到接近 1 的值，而 σ(0) = 0.5。它曾是经典的激活函数，因为它类似于神经元的放电频率，而且其输出可以解读为概率，这使它成为单个“是/否”输出的合适选择。</translation>
    </message>
    <message>
        <source>The sigmoid (solid) and its slope (dashed).</source>
        <translation>sigmoid 函数（实线）及其斜率（虚线）。</translation>
    </message>
    <message>
        <source>Its derivative is largest at &lt;i&gt;z&lt;/i&gt; = 0, and even there it is only 0.25. It falls quickly on both sides: at &lt;i&gt;z&lt;/i&gt; = 5 it is about 0.0066. A neuron whose input is far from 0 is &lt;i&gt;saturated&lt;/i&gt;: changing its weights hardly changes its output, so the gradient hardly moves them.</source>
        <translation>它的导数在 &lt;i&gt;z&lt;/i&gt; = 0 处最大，即便如此也只有 0.25。它在两侧迅速下降：在 &lt;i&gt;z&lt;/i&gt; = 5 处约为 0.0066。输入远离 0 的神经元处于&lt;i&gt;饱和&lt;/i&gt;状态：改变它的权重几乎不会改变它的输出，因此梯度也几乎无法推动这些权重。</translation>
    </message>
    <message>
        <source>This is why deep sigmoid networks train slowly: backpropagation multiplies the gradient by one such factor of at most 0.25 per layer (see {vanishing}). A second drawback is that the outputs are always positive, centred on 0.5 rather than 0, which makes the next layer&apos;s weight updates zig-zag. For hidden layers, prefer {relu}.</source>
        <translation>这就是深层 sigmoid 网络训练缓慢的原因：反向传播每经过一层，就把梯度乘以一个最多为 0.25 的因子（参见{vanishing}）。第二个缺点是它的输出始终为正，以 0.5 而不是 0 为中心，这会使下一层的权重更新呈锯齿状。隐藏层最好使用 {relu}。</translation>
    </message>
    <message>
        <source>vanishing gradients</source>
        <translation>梯度消失</translation>
    </message>
    <message>
        <source>The hyperbolic tangent has the same S shape as the sigmoid, but it runs from −1 to 1 and is centred on zero: tanh(0) = 0. It is in fact a sigmoid stretched and shifted.</source>
        <translation>双曲正切函数和 sigmoid 一样呈 S 形，但取值范围是 −1 到 1，并且以零为中心：tanh(0) = 0。实际上，它就是经过拉伸和平移的 sigmoid。</translation>
    </message>
    <message>
        <source>tanh (solid) and its slope (dashed).</source>
        <translation>tanh（实线）及其斜率（虚线）。</translation>
    </message>
    <message>
        <source>Zero-centred outputs keep the next layer&apos;s updates balanced, and the slope at 0 is 1, four times the sigmoid&apos;s, so gradients shrink less on their way back. That made tanh the preferred hidden activation before ReLU, and it is still common in recurrent networks.</source>
        <translation>以零为中心的输出使下一层的更新保持平衡，而且它在 0 处的斜率为 1，是 sigmoid 的四倍，所以梯度在反向传递中衰减得更少。因此在 ReLU 出现之前，tanh 是隐藏层的首选激活函数，如今在循环神经网络中仍然很常用。</translation>
    </message>
    <message>
        <source>But tanh saturates too: for |&lt;i&gt;z&lt;/i&gt;| &amp;gt; 3 its derivative is below 0.01. A deep tanh network still suffers from {vanishing}, if less than a sigmoid one, and it needs careful {init}: Xavier (Glorot) initialization was designed with tanh in mind.</source>
        <translation>但 tanh 也会饱和：当 |&lt;i&gt;z&lt;/i&gt;| &amp;gt; 3 时，它的导数小于 0.01。深层 tanh 网络仍然会受到{vanishing}的困扰（虽然比 sigmoid 网络轻一些），并且需要谨慎的{init}：Xavier（Glorot）初始化正是针对 tanh 设计的。</translation>
    </message>
    <message>
        <source>weight initialization</source>
        <translation>权重初始化</translation>
    </message>
    <message>
        <source>The rectified linear unit passes positive inputs through unchanged and sets negative ones to zero. It is the default for hidden layers today because it is cheap and, above all, its derivative for positive inputs is exactly 1: a gradient passing back through an active ReLU is not shrunk at all, so even the first layers of a deep network keep learning.</source>
        <translation>修正线性单元（ReLU）让正的输入原样通过，把负的输入置为零。它是当今隐藏层的默认选择，因为它计算代价低，而最重要的是，它对正输入的导数恰好为 1：经过处于激活状态的 ReLU 反向传递的梯度完全不会被缩小，所以即使是深层网络的前几层也能持续学习。</translation>
    </message>
    <message>
        <source>ReLU (solid) and its slope (dashed).</source>
        <translation>ReLU（实线）及其斜率（虚线）。</translation>
    </message>
    <message>
        <source>At &lt;i&gt;z&lt;/i&gt; = 0 the derivative is not defined; TensorFlow simply uses 0 there. Only the units with positive input pass a gradient back, so for each example a ReLU network behaves like a linear network made of its active units, and different examples switch on different units.</source>
        <translation>在 &lt;i&gt;z&lt;/i&gt; = 0 处导数没有定义；TensorFlow 在那里直接取 0。只有输入为正的单元才会把梯度传回去，因此对于每个样本，ReLU 网络的行为就像一个由其激活单元组成的线性网络，而不同的样本会激活不同的单元。</translation>
    </message>
    <message>
        <source>The price is &lt;i&gt;dead units&lt;/i&gt;: a unit whose input is negative for every example always outputs 0, receives no gradient and can never recover. Too large a learning rate can kill many units at once. Leaky ReLU keeps a small slope for negative inputs, and ELU and GELU are smooth relatives. ReLU works best with He {init}.</source>
        <translation>代价是&lt;i&gt;死亡单元&lt;/i&gt;：如果一个单元对所有样本的输入都是负的，它的输出永远是 0，得不到任何梯度，也就再也无法恢复。过大的学习率可能一下子“杀死”大量单元。Leaky ReLU 对负输入保留一个小斜率，ELU 和 GELU 则是它的平滑变体。ReLU 与 He {init}搭配效果最好。</translation>
    </message>
    <message>
        <source>initialization</source>
        <translation>初始化</translation>
    </message>
    <message>
        <source>A classifier&apos;s output layer has one unit per class, ten for digits. Softmax turns their ten raw scores &lt;i&gt;z&lt;/i&gt;&lt;sub&gt;k&lt;/sub&gt; (the &lt;i&gt;logits&lt;/i&gt;) into probabilities: each is positive, and together they add up to 1.</source>
        <translation>分类器的输出层为每个类别设一个单元，对于数字就是十个。Softmax 把这十个原始分数 &lt;i&gt;z&lt;/i&gt;&lt;sub&gt;k&lt;/sub&gt;（即 &lt;i&gt;logits&lt;/i&gt;）转换为概率：每个概率都为正，并且总和为 1。</translation>
    </message>
    <message>
        <source>The probability of class 1 as its score changes, with the nine other scores at 0.</source>
        <translation>当类别 1 的分数变化、其余九个分数均为 0 时，类别 1 的概率。</translation>
    </message>
    <message>
        <source>The largest score gets the largest probability, and the exponential exaggerates differences: a score larger by 2 means &lt;i&gt;e&lt;/i&gt;&lt;sup&gt;2&lt;/sup&gt; ≈ 7.4 times the probability. When all ten scores are equal, each class gets 0.1: the marked point on the plot. Only differences between scores matter: adding the same number to all ten changes nothing.</source>
        <translation>分数最大的类别得到最大的概率，而指数函数会放大差异：分数大 2 意味着概率是 &lt;i&gt;e&lt;/i&gt;&lt;sup&gt;2&lt;/sup&gt; ≈ 7.4 倍。当十个分数都相等时，每个类别得到 0.1：即图中标出的点。只有分数之间的差值才有意义：给十个分数同时加上同一个数，结果不会改变。</translation>
    </message>
    <message>
        <source>Softmax belongs with {loss}: together, the gradient of the loss with respect to the scores is simply &lt;i&gt;p&lt;/i&gt;&lt;sub&gt;k&lt;/sub&gt; − &lt;i&gt;y&lt;/i&gt;&lt;sub&gt;k&lt;/sub&gt;, the predicted probability minus the target (1 for the right class, 0 for the others). Use softmax on the output layer only; with two classes it reduces to the sigmoid.</source>
        <translation>Softmax 与{loss}是一对搭档：两者结合时，损失对分数的梯度就是简单的 &lt;i&gt;p&lt;/i&gt;&lt;sub&gt;k&lt;/sub&gt; − &lt;i&gt;y&lt;/i&gt;&lt;sub&gt;k&lt;/sub&gt;，即预测概率减去目标值（正确类别为 1，其他类别为 0）。只在输出层使用 softmax；在只有两个类别时，它就退化为 sigmoid。</translation>
    </message>
    <message>
        <source>cross-entropy loss</source>
        <translation>交叉熵损失</translation>
    </message>
    <message>
        <source>The loss is one number that says how wrong the network is on a batch of examples; training does nothing but push it down. For a digit, the target &lt;i&gt;y&lt;/i&gt; is a one-hot vector, 1 at the correct class and 0 at the nine others, and the network answers with probabilities &lt;i&gt;p&lt;/i&gt;. Two ways of comparing them:</source>
        <translation>损失是一个数值，表示网络在一批样本上错得有多离谱；训练所做的一切就是把它降下来。对于一个数字，目标 &lt;i&gt;y&lt;/i&gt; 是一个独热（one-hot）向量，在正确类别处为 1，在其余九个类别处为 0，而网络给出的答案是概率 &lt;i&gt;p&lt;/i&gt;。比较两者有两种方式：</translation>
    </message>
    <message>
        <source>&lt;b&gt;Mean squared error&lt;/b&gt; averages the squared differences over the &lt;i&gt;K&lt;/i&gt; outputs. It is the natural loss for predicting numbers (regression). For classification it works, but it learns slowly when the network is confidently wrong: with a sigmoid or softmax output, its gradient carries the slope of the squashing function, which is tiny exactly when the output is saturated at the wrong end.</source>
        <translation>&lt;b&gt;均方误差&lt;/b&gt;对 &lt;i&gt;K&lt;/i&gt; 个输出的差值平方取平均。它是预测数值（回归）的自然选择。它也可以用于分类，但当网络自信地犯错时学得很慢：在 sigmoid 或 softmax 输出下，它的梯度带有压缩函数的斜率，而恰恰在输出饱和在错误一端时，这个斜率非常小。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cross entropy&lt;/b&gt; looks only at the probability &lt;i&gt;p&lt;/i&gt;&lt;sub&gt;c&lt;/sub&gt; given to the correct class &lt;i&gt;c&lt;/i&gt;. If it is 0.9 the loss is 0.105; if it is 0.01 the loss is 4.6. Confident mistakes are punished hard, and with {softmax} the gradient with respect to the scores is simply &lt;i&gt;p&lt;/i&gt; − &lt;i&gt;y&lt;/i&gt;, which stays large exactly while the answer is badly wrong. That is why cross entropy is the standard loss for classification.</source>
        <translation>&lt;b&gt;交叉熵&lt;/b&gt;只关注分配给正确类别 &lt;i&gt;c&lt;/i&gt; 的概率 &lt;i&gt;p&lt;/i&gt;&lt;sub&gt;c&lt;/sub&gt;。如果它是 0.9，损失为 0.105；如果它是 0.01，损失为 4.6。自信的错误会受到严厉惩罚，而与 {softmax} 结合时，损失对分数的梯度就是简单的 &lt;i&gt;p&lt;/i&gt; − &lt;i&gt;y&lt;/i&gt;，它恰好在答案错得离谱时保持较大。这就是交叉熵成为分类问题标准损失函数的原因。</translation>
    </message>
    <message>
        <source>softmax</source>
        <translation>softmax</translation>
    </message>
    <message>
        <source>A useful check: a network that guesses evenly among 10 classes has a cross-entropy loss of ln 10 ≈ 2.30. The first points of a training curve should be near that value; a loss that stays there has learned nothing.</source>
        <translation>一个实用的检查方法：在 10 个类别中均匀猜测的网络，其交叉熵损失为 ln 10 ≈ 2.30。训练曲线的最初几个点应该接近这个值；如果损失一直停在那里，说明网络什么也没学到。</translation>
    </message>
    <message>
        <source>To improve a weight, training needs its gradient {grad}: how much the loss changes when that weight changes a little. Backpropagation computes it for every weight at once, in one backward pass through the network, using the chain rule of calculus: when the loss depends on a weight only through intermediate values, the derivative is the product of the derivatives along the way. For weight &lt;i&gt;w&lt;/i&gt;&lt;sub&gt;ij&lt;/sub&gt; of neuron &lt;i&gt;j&lt;/i&gt;, with &lt;i&gt;z&lt;/i&gt;&lt;sub&gt;j&lt;/sub&gt; = Σ&lt;sub&gt;i&lt;/sub&gt; &lt;i&gt;w&lt;/i&gt;&lt;sub&gt;ij&lt;/sub&gt; &lt;i&gt;x&lt;/i&gt;&lt;sub&gt;i&lt;/sub&gt; + &lt;i&gt;b&lt;/i&gt;&lt;sub&gt;j&lt;/sub&gt; and output &lt;i&gt;a&lt;/i&gt;&lt;sub&gt;j&lt;/sub&gt; = φ(&lt;i&gt;z&lt;/i&gt;&lt;sub&gt;j&lt;/sub&gt;):</source>
        <translation>为了改进一个权重，训练需要知道它的梯度 {grad}：当这个权重稍微改变时，损失会改变多少。反向传播利用微积分中的链式法则，在一次穿过网络的反向传递中同时算出所有权重的梯度：当损失只通过一些中间值依赖于某个权重时，其导数就是沿途各个导数的乘积。对于神经元 &lt;i&gt;j&lt;/i&gt; 的权重 &lt;i&gt;w&lt;/i&gt;&lt;sub&gt;ij&lt;/sub&gt;，其中 &lt;i&gt;z&lt;/i&gt;&lt;sub&gt;j&lt;/sub&gt; = Σ&lt;sub&gt;i&lt;/sub&gt; &lt;i&gt;w&lt;/i&gt;&lt;sub&gt;ij&lt;/sub&gt; &lt;i&gt;x&lt;/i&gt;&lt;sub&gt;i&lt;/sub&gt; + &lt;i&gt;b&lt;/i&gt;&lt;sub&gt;j&lt;/sub&gt;，输出 &lt;i&gt;a&lt;/i&gt;&lt;sub&gt;j&lt;/sub&gt; = φ(&lt;i&gt;z&lt;/i&gt;&lt;sub&gt;j&lt;/sub&gt;)：</translation>
    </message>
    <message>
        <source>The forward pass computes and keeps every &lt;i&gt;z&lt;/i&gt; and &lt;i&gt;a&lt;/i&gt;. The backward pass starts at the loss (for softmax with cross entropy, the output layer&apos;s error is &lt;i&gt;p&lt;/i&gt; − &lt;i&gt;y&lt;/i&gt;) and moves layer by layer towards the input. The error signal δ&lt;sub&gt;j&lt;/sub&gt; = ∂&lt;i&gt;L&lt;/i&gt;/∂&lt;i&gt;z&lt;/i&gt;&lt;sub&gt;j&lt;/sub&gt; of a neuron is assembled from the error signals of the neurons &lt;i&gt;k&lt;/i&gt; it feeds, and each weight&apos;s gradient is its input times its neuron&apos;s error signal:</source>
        <translation>前向传播计算并保存每一个 &lt;i&gt;z&lt;/i&gt; 和 &lt;i&gt;a&lt;/i&gt;。反向传播从损失开始（对于 softmax 加交叉熵，输出层的误差就是 &lt;i&gt;p&lt;/i&gt; − &lt;i&gt;y&lt;/i&gt;），逐层向输入方向推进。神经元的误差信号 δ&lt;sub&gt;j&lt;/sub&gt; = ∂&lt;i&gt;L&lt;/i&gt;/∂&lt;i&gt;z&lt;/i&gt;&lt;sub&gt;j&lt;/sub&gt; 由它所连接的下一层神经元 &lt;i&gt;k&lt;/i&gt; 的误差信号汇集而成，而每个权重的梯度等于它的输入乘以其所属神经元的误差信号：</translation>
    </message>
    <message>
        <source>Two consequences are worth seeing. A weight whose input is 0 (a black pixel) gets no gradient from that example. And every layer multiplies the error signal by φ′ and by its weights once more, so in a deep network the signal can shrink or grow exponentially on its way back: {vanishing}.</source>
        <translation>有两个推论值得一看。输入为 0（黑色像素）的权重从该样本得不到任何梯度。而且每一层都会再把误差信号乘以一次 φ′ 和它的权重，因此在深层网络中，信号在反向传递过程中可能呈指数级缩小或增大：即{vanishing}。</translation>
    </message>
    <message>
        <source>With the gradients known, {descent} moves every weight a small step against its gradient, &lt;i&gt;w&lt;/i&gt; ← &lt;i&gt;w&lt;/i&gt; − η {grad}, where η is the learning rate.</source>
        <translation>知道梯度之后，{descent}把每个权重沿其梯度的反方向移动一小步，&lt;i&gt;w&lt;/i&gt; ← &lt;i&gt;w&lt;/i&gt; − η {grad}，其中 η 是学习率。</translation>
    </message>
    <message>
        <source>gradient descent</source>
        <translation>梯度下降</translation>
    </message>
    <message>
        <source>Picture the loss as a landscape over all the weights. The gradient points uphill, so gradient descent repeatedly takes a step downhill. The learning rate η sets the step size: too small and training crawls; too large and the steps overshoot the valley, the loss jumps around or grows until it becomes NaN.</source>
        <translation>把损失想象成一片覆盖所有权重的地形。梯度指向上坡方向，所以梯度下降不断地向下坡迈出一步。学习率 η 决定步长：太小，训练会像蜗牛一样慢；太大，步子会越过谷底，损失上下跳动，甚至不断增大直到变成 NaN。</translation>
    </message>
    <message>
        <source>The true loss is an average over all &lt;i&gt;N&lt;/i&gt; training examples, and the three variants differ in how many of them each step looks at:</source>
        <translation>真正的损失是对全部 &lt;i&gt;N&lt;/i&gt; 个训练样本的平均，这三种变体的区别在于每一步要看多少个样本：</translation>
    </message>
    <message>
        <source>&lt;b&gt;Batch gradient descent&lt;/b&gt; uses all &lt;i&gt;N&lt;/i&gt; examples for every step. The gradient is exact, but there is only one step per epoch (one pass over the data), so 5 epochs are just 5 steps. &lt;b&gt;Stochastic gradient descent&lt;/b&gt; uses a single example per step: &lt;i&gt;N&lt;/i&gt; cheap but noisy steps per epoch, and a jittery loss curve. &lt;b&gt;Mini-batch gradient descent&lt;/b&gt;, the everyday compromise, averages over a batch of &lt;i&gt;B&lt;/i&gt; examples (32 is a common choice): &lt;i&gt;N&lt;/i&gt;/&lt;i&gt;B&lt;/i&gt; steps per epoch, with noise that shrinks like 1/√&lt;i&gt;B&lt;/i&gt;, and a computer handles a whole batch almost as fast as one example.</source>
        <translation>&lt;b&gt;批量梯度下降&lt;/b&gt;每一步都使用全部 &lt;i&gt;N&lt;/i&gt; 个样本。梯度是精确的，但每个轮次（完整遍历一次数据）只有一步，所以 5 个轮次只有 5 步。&lt;b&gt;随机梯度下降&lt;/b&gt;每一步只使用一个样本：每个轮次有 &lt;i&gt;N&lt;/i&gt; 个代价低但充满噪声的步，损失曲线抖动得厉害。&lt;b&gt;小批量梯度下降&lt;/b&gt;是日常使用的折中方案，每一步对一批 &lt;i&gt;B&lt;/i&gt; 个样本取平均（32 是常见选择）：每个轮次有 &lt;i&gt;N&lt;/i&gt;/&lt;i&gt;B&lt;/i&gt; 步，噪声按 1/√&lt;i&gt;B&lt;/i&gt; 减小，而且计算机处理一整批样本几乎和处理一个样本一样快。</translation>
    </message>
    <message>
        <source>The examples are shuffled at the start of every epoch, so the batches differ each time. A little noise is not all bad: it helps the weights escape flat regions and narrow valleys. In the training settings, &lt;i&gt;Batch size&lt;/i&gt; is &lt;i&gt;B&lt;/i&gt;; tick &lt;i&gt;Full batch&lt;/i&gt; for batch gradient descent, and set 1 for stochastic gradient descent. The optimizer named SGD is the update rule above; it runs on whatever batch size you choose, and {optimizers} improve on it.</source>
        <translation>每个轮次开始时样本都会被打乱，所以每次的批次都不同。一点噪声并不全是坏事：它帮助权重逃离平坦区域和狭窄的山谷。在训练设置中，&lt;i&gt;批量大小&lt;/i&gt;就是 &lt;i&gt;B&lt;/i&gt;；勾选&lt;i&gt;全批量&lt;/i&gt;即为批量梯度下降，设为 1 即为随机梯度下降。名为 SGD 的优化器就是上面的更新规则；它可以在你选择的任意批量大小上运行，而{optimizers}在它的基础上做了改进。</translation>
    </message>
    <message>
        <source>momentum and Adam</source>
        <translation>动量和 Adam</translation>
    </message>
    <message>
        <source>Plain gradient descent takes each step from the current gradient alone. In a long, narrow valley of the loss the gradient points mostly across the valley, so the steps zig-zag from wall to wall and make slow progress along the valley floor.</source>
        <translation>普通梯度下降的每一步只依据当前的梯度。在损失函数狭长的山谷中，梯度大多指向横穿山谷的方向，所以步子会在两侧谷壁之间来回锯齿状地跳动，沿谷底前进得很慢。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Momentum&lt;/b&gt; keeps a velocity &lt;i&gt;v&lt;/i&gt;, a running sum of past steps, and moves along it like a heavy ball rolling downhill. With μ = 0.9, a gradient that keeps pointing the same way builds up to about ten times the plain step (1/(1 − μ)), while components that flip sign from step to step cancel out.</source>
        <translation>&lt;b&gt;动量&lt;/b&gt;保存一个速度 &lt;i&gt;v&lt;/i&gt;，即过去各步的累积和，并沿着它移动，就像一个沉重的球滚下山坡。当 μ = 0.9 时，方向一直不变的梯度会累积到大约普通步长的十倍（1/(1 − μ)），而每一步都改变符号的分量会相互抵消。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Adam&lt;/b&gt; (adaptive moment estimation) keeps two running averages for every weight: &lt;i&gt;m&lt;/i&gt; of its gradients, as momentum does, and &lt;i&gt;v&lt;/i&gt; of their squares. It divides one by the square root of the other, so every weight gets its own step size: weights with large, consistent gradients take careful steps, rarely updated ones larger steps.</source>
        <translation>&lt;b&gt;Adam&lt;/b&gt;（自适应矩估计）为每个权重维护两个滑动平均：一个是梯度的平均 &lt;i&gt;m&lt;/i&gt;（与动量类似），另一个是梯度平方的平均 &lt;i&gt;v&lt;/i&gt;。它用前者除以后者的平方根，因此每个权重都有自己的步长：梯度大且稳定的权重迈小心的小步，很少被更新的权重则迈更大的步子。</translation>
    </message>
    <message>
        <source>Here &lt;i&gt;g&lt;/i&gt; is the gradient, β&lt;sub&gt;1&lt;/sub&gt; = 0.9 and β&lt;sub&gt;2&lt;/sub&gt; = 0.999, and the hats mark a correction for the first steps, when both averages still start from zero. RMSprop is Adam without the momentum term &lt;i&gt;m&lt;/i&gt;.</source>
        <translation>这里 &lt;i&gt;g&lt;/i&gt; 是梯度，β&lt;sub&gt;1&lt;/sub&gt; = 0.9，β&lt;sub&gt;2&lt;/sub&gt; = 0.999，带帽的符号表示对最初几步的修正，因为那时两个平均值都还是从零开始的。RMSprop 就是去掉动量项 &lt;i&gt;m&lt;/i&gt; 的 Adam。</translation>
    </message>
    <message>
        <source>Adam with η = 0.001 works well without tuning, which is why it is NetDesigner&apos;s default. SGD with momentum and a well-chosen learning rate is often as good and sometimes generalizes a little better; plain SGD usually needs a larger learning rate, around 0.01 to 0.1, and more epochs. See {descent} for the batch size.</source>
        <translation>η = 0.001 的 Adam 无需调参就能很好地工作，所以它是 NetDesigner 的默认设置。带动量的 SGD 配合精心选择的学习率通常同样好，有时泛化得还略好一些；普通 SGD 通常需要更大的学习率（大约 0.01 到 0.1）和更多的轮次。关于批量大小，请参见{descent}。</translation>
    </message>
</context>
<context>
    <name>LearnDock</name>
    <message>
        <source>Learn</source>
        <translation>学习</translation>
    </message>
    <message>
        <source>&amp;Learn Panel</source>
        <translation>学习面板(&amp;L)</translation>
    </message>
    <message>
        <source>Explain the selected layer or setting (F1)</source>
        <translation>解释所选的层或设置（F1）</translation>
    </message>
    <message>
        <source>Cancelled; your network was left as it was.</source>
        <translation>已取消；你的网络保持不变。</translation>
    </message>
</context>
<context>
    <name>LearnPanel</name>
    <message>
        <source>Search the Learn pages</source>
        <translation>搜索学习页面</translation>
    </message>
    <message>
        <source>Learn pages</source>
        <translation>学习页面</translation>
    </message>
    <message>
        <source>Search pages…</source>
        <translation>搜索页面…</translation>
    </message>
    <message>
        <source>Search the pages, e.g. sigmoid, batch size or overfitting</source>
        <translation>搜索页面，例如 sigmoid、批量大小或过拟合</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>后退</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>前进</translation>
    </message>
    <message>
        <source>Follow selection</source>
        <translation>跟随选择</translation>
    </message>
    <message>
        <source>Open the page that explains the layer or setting you select on the canvas or in Properties</source>
        <translation>打开解释你在画布或属性面板中所选的层或设置的页面</translation>
    </message>
    <message>
        <source>No page mentions that. Try a shorter word.</source>
        <translation>没有页面提到这个词。请尝试更短的词。</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Not done:&lt;/b&gt; {reason}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;未完成：&lt;/b&gt;{reason}&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>PageView</name>
    <message>
        <source>Learn page</source>
        <translation>学习页面</translation>
    </message>
</context>
<context>
    <name>TryBox</name>
    <message>
        <source>What to do next</source>
        <translation>接下来可以做什么</translation>
    </message>
    <message>
        <source>Try it: {label}</source>
        <translation>动手试试：{label}</translation>
    </message>
</context>
</TS>
