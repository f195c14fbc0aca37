<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Catalog</name>
    <message>
        <source>{low} and {high}</source>
        <translation>{low} 且 {high}</translation>
    </message>
    <message>
        <source>The function phi applied to each output: output = phi(sum of weighted inputs + bias).</source>
        <translation>作用于每个输出的函数 phi：输出 = phi(加权输入之和 + 偏置)。</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>激活函数</translation>
    </message>
    <message>
        <source>How the weights are drawn before training: Gaussian, Xavier (Glorot), He or zeros.</source>
        <translation>训练前权重如何随机生成：高斯、Xavier (Glorot)、He 或全零。</translation>
    </message>
    <message>
        <source>Weight initializer</source>
        <translation>权重初始化</translation>
    </message>
    <message>
        <source>Standard deviation of the Gaussian the weights are drawn from.</source>
        <translation>生成权重所用高斯分布的标准差。</translation>
    </message>
    <message>
        <source>Gaussian std</source>
        <translation>高斯标准差</translation>
    </message>
    <message>
        <source>Add a learned bias b_j to each output.</source>
        <translation>为每个输出加上一个可学习的偏置 b_j。</translation>
    </message>
    <message>
        <source>Bias</source>
        <translation>偏置</translation>
    </message>
    <message>
        <source>Penalty on large weights added to the loss: L1 (sum |w|), L2 (sum w^2) or both.</source>
        <translation>加到损失上的大权重惩罚：L1 (sum |w|)、L2 (sum w^2) 或两者。</translation>
    </message>
    <message>
        <source>Regularizer</source>
        <translation>正则化</translation>
    </message>
    <message>
        <source>Strength lambda of the L1 penalty lambda * sum |w|.</source>
        <translation>L1 惩罚 lambda * sum |w| 的强度 lambda。</translation>
    </message>
    <message>
        <source>L1 lambda</source>
        <translation>L1 强度 lambda</translation>
    </message>
    <message>
        <source>Strength lambda of the L2 penalty lambda * sum w^2.</source>
        <translation>L2 惩罚 lambda * sum w^2 的强度 lambda。</translation>
    </message>
    <message>
        <source>L2 lambda</source>
        <translation>L2 强度 lambda</translation>
    </message>
    <message>
        <source>&apos;valid&apos; uses only positions where the window fits; &apos;same&apos; pads so size shrinks only by the stride.</source>
        <translation>&apos;valid&apos; 只使用窗口完整放得下的位置；&apos;same&apos; 会填充边缘，使尺寸只因步长而缩小。</translation>
    </message>
    <message>
        <source>Padding</source>
        <translation>填充</translation>
    </message>
    <message>
        <source>Side of the square window each output summarizes.</source>
        <translation>每个输出所汇总的正方形窗口的边长。</translation>
    </message>
    <message>
        <source>Pool size</source>
        <translation>池化窗口大小</translation>
    </message>
    <message>
        <source>Step between windows; equal to the pool size for non-overlapping pooling.</source>
        <translation>窗口之间的步长；等于池化窗口大小时窗口互不重叠。</translation>
    </message>
    <message>
        <source>Strides</source>
        <translation>步长</translation>
    </message>
    <message>
        <source>Where the data enters: a 28x28 grayscale image or the same image as a flat vector of 784 values.</source>
        <translation>数据的入口：一张 28x28 的灰度图像，或把同一图像展平成 784 个数值的向量。</translation>
    </message>
    <message>
        <source>&apos;image&apos; keeps the 28x28x1 grid (for convolutions); &apos;flat&apos; gives 784 numbers (for Dense).</source>
        <translation>&apos;image&apos; 保留 28x28x1 的网格（用于卷积）；&apos;flat&apos; 给出 784 个数（用于全连接层）。</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Unrolls a grid of values into one long vector, so a Dense layer can take it.</source>
        <translation>把数值网格展开成一个长向量，以便全连接层接收。</translation>
    </message>
    <message>
        <source>Rearranges the same values into a new shape, e.g. 784 back into 28x28x1.</source>
        <translation>把同样的数值重新排成新形状，例如把 784 变回 28x28x1。</translation>
    </message>
    <message>
        <source>The new shape without the batch dimension; one entry may be -1 to be inferred.</source>
        <translation>不含批量维度的新形状；其中一项可以是 -1，表示自动推算。</translation>
    </message>
    <message>
        <source>Target shape</source>
        <translation>目标形状</translation>
    </message>
    <message>
        <source>Fully connected layer: each unit computes phi(sum_i w_ij x_i + b_j) over all inputs.</source>
        <translation>全连接层：每个神经元对所有输入计算 phi(sum_i w_ij x_i + b_j)。</translation>
    </message>
    <message>
        <source>Number of neurons in the layer.</source>
        <translation>该层神经元的个数。</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>神经元数</translation>
    </message>
    <message>
        <source>Slides small learned filters over the image; each filter produces one feature map.</source>
        <translation>让可学习的小卷积核在图像上滑动；每个卷积核产生一张特征图。</translation>
    </message>
    <message>
        <source>Number of filters, i.e. feature maps produced.</source>
        <translation>卷积核的个数，即产生的特征图数量。</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>卷积核数</translation>
    </message>
    <message>
        <source>Side of each square filter in pixels.</source>
        <translation>每个正方形卷积核的边长（像素）。</translation>
    </message>
    <message>
        <source>Kernel size</source>
        <translation>卷积核大小</translation>
    </message>
    <message>
        <source>Step in pixels between filter positions.</source>
        <translation>卷积核相邻位置之间的步长（像素）。</translation>
    </message>
    <message>
        <source>Keeps the largest value in each window, halving the feature maps for pool size 2.</source>
        <translation>保留每个窗口中的最大值；池化窗口为 2 时特征图边长减半。</translation>
    </message>
    <message>
        <source>Keeps the mean of each window, as LeNet-5&apos;s subsampling layers do.</source>
        <translation>保留每个窗口的平均值，与 LeNet-5 的下采样层相同。</translation>
    </message>
    <message>
        <source>Averages each whole feature map to one number: a vector with one value per channel.</source>
        <translation>把每张特征图整体平均成一个数：得到每个通道一个值的向量。</translation>
    </message>
    <message>
        <source>While training, zeroes a random fraction of its inputs so units cannot rely on each other.</source>
        <translation>训练时随机把一部分输入置零，使神经元不能互相依赖。</translation>
    </message>
    <message>
        <source>Fraction of inputs set to zero at each training step.</source>
        <translation>每个训练步中被置零的输入比例。</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>比例</translation>
    </message>
    <message>
        <source>Rescales each feature to zero mean and unit variance over the batch, then learns a scale and shift.</source>
        <translation>在批量内把每个特征缩放为零均值、单位方差，再学习一个缩放和平移。</translation>
    </message>
    <message>
        <source>How slowly the running mean and variance used at test time follow the batches.</source>
        <translation>测试时使用的滑动均值和方差跟随各批量变化的快慢（越大越慢）。</translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation>动量</translation>
    </message>
    <message>
        <source>Small number added to the variance so it never divides by zero.</source>
        <translation>加到方差上的小数，避免除以零。</translation>
    </message>
    <message>
        <source>Epsilon</source>
        <translation>Epsilon</translation>
    </message>
    <message>
        <source>Applies a function phi to every value on its own, with no weights.</source>
        <translation>对每个值单独应用函数 phi，没有权重。</translation>
    </message>
    <message>
        <source>Adds two or more tensors of the same shape element by element, as in residual connections.</source>
        <translation>把两个或更多形状相同的张量逐元素相加，如残差连接中那样。</translation>
    </message>
    <message>
        <source>Joins two or more tensors along their last axis (channels or features).</source>
        <translation>沿最后一个轴（通道或特征）拼接两个或更多张量。</translation>
    </message>
    <message>
        <source>Core</source>
        <translation>基础</translation>
    </message>
    <message>
        <source>Convolution</source>
        <translation>卷积</translation>
    </message>
    <message>
        <source>Pooling</source>
        <translation>池化</translation>
    </message>
    <message>
        <source>Regularization</source>
        <translation>正则化</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>输入层</translation>
    </message>
    <message>
        <source>Flatten</source>
        <translation>展平层</translation>
    </message>
    <message>
        <source>Reshape</source>
        <translation>重塑层</translation>
    </message>
    <message>
        <source>Dense</source>
        <translation>全连接层</translation>
    </message>
    <message>
        <source>Conv2D</source>
        <translation>卷积层</translation>
    </message>
    <message>
        <source>MaxPooling2D</source>
        <translation>最大池化层</translation>
    </message>
    <message>
        <source>AveragePooling2D</source>
        <translation>平均池化层</translation>
    </message>
    <message>
        <source>GlobalAveragePooling2D</source>
        <translation>全局平均池化层</translation>
    </message>
    <message>
        <source>Dropout</source>
        <translation>随机失活层</translation>
    </message>
    <message>
        <source>BatchNormalization</source>
        <translation>批量归一化层</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>相加层</translation>
    </message>
    <message>
        <source>Concatenate</source>
        <translation>拼接层</translation>
    </message>
    <message>
        <source>Gaussian (random normal)</source>
        <translation>高斯（随机正态）</translation>
    </message>
    <message>
        <source>Xavier / Glorot uniform</source>
        <translation>Xavier / Glorot 均匀</translation>
    </message>
    <message>
        <source>Xavier / Glorot normal</source>
        <translation>Xavier / Glorot 正态</translation>
    </message>
    <message>
        <source>He uniform</source>
        <translation>He 均匀</translation>
    </message>
    <message>
        <source>He normal</source>
        <translation>He 正态</translation>
    </message>
    <message>
        <source>Zeros</source>
        <translation>全零</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>L1 and L2</source>
        <translation>L1 和 L2</translation>
    </message>
    <message>
        <source>image, 28×28×1</source>
        <translation>图像，28×28×1</translation>
    </message>
    <message>
        <source>flat, 784 values</source>
        <translation>展平，784 个值</translation>
    </message>
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
        <source>First network: a small MLP</source>
        <translation>第一个网络：小型多层感知机</translation>
    </message>
    <message>
        <source>Logistic regression</source>
        <translation>逻辑回归</translation>
    </message>
    <message>
        <source>Deep sigmoid network (vanishing gradients)</source>
        <translation>深层 sigmoid 网络（梯度消失）</translation>
    </message>
    <message>
        <source>LeNet-5</source>
        <translation>LeNet-5</translation>
    </message>
    <message>
        <source>Keras MNIST convnet</source>
        <translation>Keras MNIST 卷积网络</translation>
    </message>
    <message>
        <source>The tutorial&apos;s first network: 784 pixels, 128 hidden ReLU units, 10 softmax outputs.</source>
        <translation>教程中的第一个网络：784 个像素，128 个 ReLU 隐藏神经元，10 个 softmax 输出。</translation>
    </message>
    <message>
        <source>The simplest classifier: every pixel weighs directly on each of the 10 classes through softmax.</source>
        <translation>最简单的分类器：每个像素通过 softmax 直接影响 10 个类别中的每一个。</translation>
    </message>
    <message>
        <source>Ten sigmoid layers trained with plain SGD: the gradients reaching the first layers all but vanish, so they barely learn.</source>
        <translation>用普通 SGD 训练的十个 sigmoid 层：传到前几层的梯度几乎消失，所以它们几乎学不到东西。</translation>
    </message>
    <message>
        <source>LeNet-5 (LeCun et al., 1998): 6 and 16 filters of 5x5 with average pooling, then 120, 84 and 10 units.</source>
        <translation>LeNet-5（LeCun 等，1998）：6 个和 16 个 5x5 卷积核，配合平均池化，然后是 120、84 和 10 个神经元。</translation>
    </message>
    <message>
        <source>The Keras &apos;simple MNIST convnet&apos; example: two convolution and pooling stages, dropout and a softmax classifier.</source>
        <translation>Keras 的 &apos;simple MNIST convnet&apos; 示例：两组卷积和池化、Dropout 以及一个 softmax 分类器。</translation>
    </message>
    <message>
        <source>there is no template {name}; the templates are: {names}</source>
        <translation>没有名为 {name} 的模板；现有模板：{names}</translation>
    </message>
</context>
</TS>
