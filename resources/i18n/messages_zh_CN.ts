<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Analysis</name>
    <message>
        <source>Set {name} to {clamp:g}</source>
        <translation>把 {name} 设为 {clamp:g}</translation>
    </message>
    <message>
        <source>&apos;{source}&apos; is connected to &apos;{target}&apos; twice; remove the extra edge</source>
        <translation>“{source}”与“{target}”之间连了两次；请删除多余的连接</translation>
    </message>
    <message>
        <source>Remove the extra edge</source>
        <translation>删除多余的连接</translation>
    </message>
    <message>
        <source>the layers {path} form a cycle; data must flow one way, so remove one of these edges</source>
        <translation>层 {path} 构成了一个环；数据必须单向流动，请删除其中一条连接</translation>
    </message>
    <message>
        <source>Remove the edge that closes the cycle</source>
        <translation>删除构成环的那条连接</translation>
    </message>
    <message>
        <source>Remove the edge</source>
        <translation>删除这条连接</translation>
    </message>
    <message>
        <source>{layer} has no input; connect another layer&apos;s output to it</source>
        <translation>{layer} 没有输入；请把另一个层的输出连接到它</translation>
    </message>
    <message>
        <source>{layer} merges several branches and needs at least {needed} inputs, but has {count}</source>
        <translation>{layer} 用于合并多个分支，至少需要 {needed} 个输入，但现在只有 {count} 个</translation>
    </message>
    <message>
        <source>{layer} takes one input but {count} are connected; remove the extra edge or merge the branches with Add or Concatenate first</source>
        <translation>{layer} 只接收一个输入，但连接了 {count} 个；请删除多余的连接，或先用 Add 或 Concatenate 合并这些分支</translation>
    </message>
    <message>
        <source>the network is empty; add an Input layer to start</source>
        <translation>网络是空的；请先添加一个 Input 层</translation>
    </message>
    <message>
        <source>the network has no Input layer; add one where the images enter</source>
        <translation>网络没有 Input 层；请在图像进入的位置添加一个</translation>
    </message>
    <message>
        <source>Add an Input layer</source>
        <translation>添加 Input 层</translation>
    </message>
    <message>
        <source>{layer}: {name} = {value:g} is out of bounds; it must be {bounds}</source>
        <translation>{layer}：{name} = {value:g} 超出范围；取值必须 {bounds}</translation>
    </message>
    <message>
        <source>{layer} is where the data enters and takes no input; remove the edge from &apos;{source}&apos;</source>
        <translation>{layer} 是数据进入网络的地方，不接收输入；请删除来自“{source}”的连接</translation>
    </message>
    <message>
        <source>Input &apos;{extra}&apos; is a second Input; the dataset feeds one image at a time, so delete it and connect its layers to &apos;{first}&apos;</source>
        <translation>Input “{extra}”是第二个 Input 层；数据集每次只送入一张图像，请删除它，并把它后面的层连接到“{first}”</translation>
    </message>
    <message>
        <source>{layer} is not connected to the Input, so it never gets data; connect it or delete it</source>
        <translation>{layer} 没有与 Input 层相连，永远得不到数据；请把它连上或删除</translation>
    </message>
    <message>
        <source>the network has no output layer; add layers after the Input</source>
        <translation>网络没有输出层；请在 Input 层之后添加层</translation>
    </message>
    <message>
        <source>the network ends in several layers ({names}); it must end in one output layer, so connect the others onward or delete them</source>
        <translation>网络结束于多个层（{names}）；网络只能有一个输出层，请把其他层继续往后连接或删除它们</translation>
    </message>
    <message>
        <source>the network ends in {layer} with shape {shape}, but it must give one score per class, {other_shape}; add Flatten and a Dense layer with {classes} units and softmax</source>
        <translation>网络结束于形状为 {shape} 的 {layer}，但它必须为每个类别给出一个分数，即 {other_shape}；请添加 Flatten 和一个有 {classes} 个单元、使用 softmax 的 Dense 层</translation>
    </message>
    <message>
        <source>Set units to {classes}</source>
        <translation>把单元数设为 {classes}</translation>
    </message>
    <message>
        <source>the last layer {layer} gives {shape} values, but the data has {classes} classes; it must give {classes}</source>
        <translation>最后一层 {layer} 给出 {shape} 个值，但数据有 {classes} 个类别；它必须给出 {classes} 个值</translation>
    </message>
    <message>
        <source>Use softmax</source>
        <translation>使用 softmax</translation>
    </message>
    <message>
        <source>cross entropy compares probabilities, but the last layer {layer} uses {activation}; set its activation to softmax (or choose mean squared error as the loss)</source>
        <translation>交叉熵比较的是概率，但最后一层 {layer} 使用的是 {activation}；请把它的激活函数设为 softmax（或选择均方误差作为损失函数）</translation>
    </message>
    <message>
        <source>{layer}: {message}</source>
        <translation>{layer}：{message}</translation>
    </message>
    <message>
        <source>{layer}: its output {shape} has no values left; use smaller windows or strides, or padding &apos;same&apos;</source>
        <translation>{layer}：它的输出 {shape} 已经没有任何值；请使用更小的窗口或步长，或使用 padding “same”</translation>
    </message>
</context>
<context>
    <name>Builder</name>
    <message>
        <source>the network cannot be built: {problems}</source>
        <translation>无法构建网络：{problems}</translation>
    </message>
</context>
<context>
    <name>Codegen</name>
    <message>
        <source>the network cannot be exported as a script: {problems}</source>
        <translation>无法把网络导出为脚本：{problems}</translation>
    </message>
</context>
<context>
    <name>Connections</name>
    <message>
        <source>A layer cannot feed itself.</source>
        <translation>层不能连接到它自己。</translation>
    </message>
    <message>
        <source>&apos;{target}&apos; is an Input layer: nothing can flow into it.</source>
        <translation>“{target}”是 Input 层：不能有任何数据流入它。</translation>
    </message>
    <message>
        <source>&apos;{source}&apos; is already connected to &apos;{target}&apos;.</source>
        <translation>“{source}”已经连接到“{target}”。</translation>
    </message>
    <message>
        <source>Connecting &apos;{source}&apos; to &apos;{target}&apos; would make a loop: &apos;{target}&apos; already feeds &apos;{source}&apos;.</source>
        <translation>把“{source}”连接到“{target}”会形成环：“{target}”已经在向“{source}”输送数据。</translation>
    </message>
    <message>
        <source>{type} &apos;{target}&apos; takes one input and already has one from &apos;{source}&apos;. Delete that connection first, or feed both into an Add or Concatenate layer.</source>
        <translation>{type}“{target}”只接收一个输入，并且已经有一个来自“{source}”的输入。请先删除那条连接，或把两者都送入一个 Add 或 Concatenate 层。</translation>
    </message>
</context>
<context>
    <name>Datasets</name>
    <message>
        <source>use mnist-5k, mnist, fashion-mnist, npz:PATH, idx:DIR or folder:DIR</source>
        <translation>请使用 mnist-5k、mnist、fashion-mnist、npz:路径、idx:文件夹 或 folder:文件夹</translation>
    </message>
    <message>
        <source>T-shirt/top</source>
        <translation>T 恤/上衣</translation>
    </message>
    <message>
        <source>Trouser</source>
        <translation>裤子</translation>
    </message>
    <message>
        <source>Pullover</source>
        <translation>套头衫</translation>
    </message>
    <message>
        <source>Dress</source>
        <translation>连衣裙</translation>
    </message>
    <message>
        <source>Coat</source>
        <translation>外套</translation>
    </message>
    <message>
        <source>Sandal</source>
        <translation>凉鞋</translation>
    </message>
    <message>
        <source>Shirt</source>
        <translation>衬衫</translation>
    </message>
    <message>
        <source>Sneaker</source>
        <translation>运动鞋</translation>
    </message>
    <message>
        <source>Bag</source>
        <translation>包</translation>
    </message>
    <message>
        <source>Ankle boot</source>
        <translation>短靴</translation>
    </message>
    <message>
        <source>unknown dataset &apos;{spec}&apos;; {usage}{hint}</source>
        <translation>未知的数据集“{spec}”；{usage}{hint}</translation>
    </message>
    <message>
        <source>&apos;{spec}&apos; names no file; write {kind}:PATH</source>
        <translation>“{spec}”没有指明文件；请写成 {kind}:路径</translation>
    </message>
    <message>
        <source>&apos;{spec}&apos; names no folder; write {kind}:PATH</source>
        <translation>“{spec}”没有指明文件夹；请写成 {kind}:路径</translation>
    </message>
    <message>
        <source> (for a NumPy file write npz:{spec})</source>
        <translation>（如果是 NumPy 文件，请写 npz:{spec}）</translation>
    </message>
    <message>
        <source> (for a folder write folder:{spec} or idx:{spec})</source>
        <translation>（如果是文件夹，请写 folder:{spec} 或 idx:{spec}）</translation>
    </message>
    <message>
        <source>the bundled dataset {path} is missing or damaged ({error}); reinstall NetDesigner</source>
        <translation>内置数据集 {path} 缺失或已损坏（{error}）；请重新安装 NetDesigner</translation>
    </message>
    <message>
        <source>could not download {title} (no internet connection?): {detail}; the bundled set &apos;mnist-5k&apos; works offline</source>
        <translation>无法下载 {title}（没有网络连接？）：{detail}；内置数据集“mnist-5k”无需联网即可使用</translation>
    </message>
    <message>
        <source>save it with numpy.savez(path, x=images, y=labels)</source>
        <translation>请用 numpy.savez(path, x=images, y=labels) 保存</translation>
    </message>
    <message>
        <source>every label in {name} is 0: a network needs at least two classes to tell apart</source>
        <translation>{name} 中的所有标签都是 0：网络至少需要两个类别才能区分</translation>
    </message>
    <message>
        <source>file not found: {path}</source>
        <translation>找不到文件：{path}</translation>
    </message>
    <message>
        <source>{path} is a folder; npz: needs a .npz file (use folder:{path} for a folder of images)</source>
        <translation>{path} 是一个文件夹；npz: 需要一个 .npz 文件（图像文件夹请使用 folder:{path}）</translation>
    </message>
    <message>
        <source>{path} is not an .npz file; {hint}</source>
        <translation>{path} 不是 .npz 文件；{hint}</translation>
    </message>
    <message>
        <source>could not read {path} ({error}); the file may be truncated or not an .npz file</source>
        <translation>无法读取 {path}（{error}）；文件可能不完整，或者不是 .npz 文件</translation>
    </message>
    <message>
        <source>{path} holds a single array (.npy), not images and labels; {hint}</source>
        <translation>{path} 只包含一个数组（.npy），而不是图像和标签；{hint}</translation>
    </message>
    <message>
        <source>{name} has no array {missing} (found: {found}); {hint}</source>
        <translation>{name} 中没有数组 {missing}（找到的是：{found}）；{hint}</translation>
    </message>
    <message>
        <source>{name} has &apos;{have}&apos; but no &apos;{lack}&apos;; save both, or neither to split x and y 80/20</source>
        <translation>{name} 中有“{have}”但没有“{lack}”；请两个都保存，或者都不保存，以便把 x 和 y 按 80/20 划分</translation>
    </message>
    <message>
        <source>array &apos;{key}&apos; in {name} holds Python objects, which NetDesigner never loads (unpickling can run code); save it as numbers, e.g. {key}.astype(&apos;uint8&apos;)</source>
        <translation>{name} 中的数组“{key}”包含 Python 对象，NetDesigner 从不加载这类数据（反序列化可能执行代码）；请把它保存为数值，例如 {key}.astype(&apos;uint8&apos;)</translation>
    </message>
    <message>
        <source>array &apos;{key}&apos; in {name} is damaged ({error})</source>
        <translation>{name} 中的数组“{key}”已损坏（{error}）</translation>
    </message>
    <message>
        <source>could not read array &apos;{key}&apos; in {name} ({error}); the file may be truncated</source>
        <translation>无法读取 {name} 中的数组“{key}”（{error}）；文件可能不完整</translation>
    </message>
    <message>
        <source>array &apos;{key}&apos; in {name} is too large to load into memory</source>
        <translation>{name} 中的数组“{key}”太大，无法载入内存</translation>
    </message>
    <message>
        <source>array &apos;{key}&apos; in {file}</source>
        <translation>{file} 中的数组“{key}”</translation>
    </message>
    <message>
        <source>{where} holds {dtype} values; images must be numbers (uint8 0-255, or floats 0-1)</source>
        <translation>{where} 包含 {dtype} 类型的值；图像必须是数值（uint8 取 0-255，或浮点数取 0-1）</translation>
    </message>
    <message>
        <source>{where} has shape {shape}; accepted shapes are (N, 28, 28), (N, 28, 28, 1) or (N, 784)</source>
        <translation>{where} 的形状是 {shape}；可接受的形状为 (N, 28, 28)、(N, 28, 28, 1) 或 (N, 784)</translation>
    </message>
    <message>
        <source>{where} holds no images</source>
        <translation>{where} 中没有图像</translation>
    </message>
    <message>
        <source>{where} contains NaN or infinite values; replace them before training</source>
        <translation>{where} 包含 NaN 或无穷大的值；请在训练前替换它们</translation>
    </message>
    <message>
        <source>{where} has values from {low:g} to {high:g}; expected 0-255, or 0-1 for floats (undo any normalisation)</source>
        <translation>{where} 的取值范围是 {low:g} 到 {high:g}；应为 0-255，浮点数应为 0-1（请撤销任何归一化）</translation>
    </message>
    <message>
        <source>{where} has shape {shape} and looks one-hot; save {key}.argmax(axis=1) instead</source>
        <translation>{where} 的形状是 {shape}，看起来是独热编码；请改为保存 {key}.argmax(axis=1)</translation>
    </message>
    <message>
        <source>{where} has shape {shape}; labels must be one integer per image, shape (N,)</source>
        <translation>{where} 的形状是 {shape}；标签必须是每张图像一个整数，形状为 (N,)</translation>
    </message>
    <message>
        <source>{where} holds {dtype} values; labels must be integers 0, 1, 2, ...</source>
        <translation>{where} 包含 {dtype} 类型的值；标签必须是整数 0, 1, 2, ...</translation>
    </message>
    <message>
        <source>&apos;{images_key}&apos; has {count:,} images but &apos;{key}&apos; has {labels:,} labels in {name}; they must match</source>
        <translation>{name} 中“{images_key}”有 {count:,} 张图像，但“{key}”有 {labels:,} 个标签；两者数量必须一致</translation>
    </message>
    <message>
        <source>{where} holds labels that are not integers (e.g. {label:g}); labels must be 0, 1, 2, ...</source>
        <translation>{where} 包含不是整数的标签（例如 {label:g}）；标签必须是 0, 1, 2, ...</translation>
    </message>
    <message>
        <source>{where} holds a negative label ({label:g}); labels must be 0, 1, 2, ...</source>
        <translation>{where} 包含负数标签（{label:g}）；标签必须是 0, 1, 2, ...</translation>
    </message>
    <message>
        <source>{where} holds label {label:g}; labels must be 0, 1, 2, ... with at most {limit} classes</source>
        <translation>{where} 包含标签 {label:g}；标签必须是 0, 1, 2, ...，最多 {limit} 个类别</translation>
    </message>
</context>
<context>
    <name>Diagnosis</name>
    <message>
        <source>Vanishing gradients: the gradient reaching &apos;{layer}&apos; is about 10^-{orders} of the one at &apos;{last_layer}&apos;, so the first layers barely learn.</source>
        <translation>梯度消失：到达“{layer}”的梯度大约只有“{last_layer}”处梯度的 10^-{orders}，因此前面几层几乎学不到东西。</translation>
    </message>
    <message>
        <source>Try ReLU instead of sigmoid or tanh, He initialization, fewer layers, or batch normalization.</source>
        <translation>试试用 ReLU 代替 sigmoid 或 tanh、使用 He 初始化、减少层数，或加入批量归一化。</translation>
    </message>
    <message>
        <source>Exploding gradients: the gradient at &apos;{layer}&apos; has norm {norm:.3g}.</source>
        <translation>梯度爆炸：“{layer}”处的梯度范数为 {norm:.3g}。</translation>
    </message>
    <message>
        <source>Lower the learning rate, use a smaller initialization, or add batch normalization.</source>
        <translation>请降低学习率、使用更小的初始化，或加入批量归一化。</translation>
    </message>
    <message>
        <source>Dead ReLUs: {dead_share:.0%} of the units of &apos;{layer}&apos; never fire on the probe images, so they no longer learn.</source>
        <translation>死亡 ReLU：“{layer}”中有 {dead_share:.0%} 的单元在探测图像上从未激活，因此它们不再学习。</translation>
    </message>
    <message>
        <source>Lower the learning rate, use He initialization, or try leaky ReLU.</source>
        <translation>请降低学习率、使用 He 初始化，或试试 Leaky ReLU。</translation>
    </message>
    <message>
        <source>The learning rate looks far too high: one step would change some weights by {change:.0%} of their size.</source>
        <translation>学习率似乎太高了：一步更新会让某些权重改变其大小的 {change:.0%}。</translation>
    </message>
    <message>
        <source>Try a learning rate 10 times smaller.</source>
        <translation>试试把学习率缩小到十分之一。</translation>
    </message>
    <message>
        <source>The learning rate looks far too low: one step changes the weights by at most {change:.1e} of their size.</source>
        <translation>学习率似乎太低了：一步更新最多只让权重改变其大小的 {change:.1e}。</translation>
    </message>
    <message>
        <source>Try a learning rate 10 to 100 times larger.</source>
        <translation>试试把学习率增大 10 到 100 倍。</translation>
    </message>
</context>
<context>
    <name>Evaluation</name>
    <message>
        <source>labels must be a list of class numbers, got an array of shape {shape}</source>
        <translation>标签必须是一列类别编号，但得到的是形状为 {shape} 的数组</translation>
    </message>
    <message>
        <source>probabilities must be a table (images × classes), got shape {shape}</source>
        <translation>概率必须是一个表格（图像 × 类别），但得到的形状是 {shape}</translation>
    </message>
    <message>
        <source>{labels} labels but {rows} rows of probabilities; they must match</source>
        <translation>有 {labels} 个标签，但概率有 {rows} 行；两者必须一致</translation>
    </message>
    <message>
        <source>{names} class names but probabilities have {columns} columns</source>
        <translation>有 {names} 个类别名称，但概率有 {columns} 列</translation>
    </message>
    <message>
        <source>there must be at least one class</source>
        <translation>至少要有一个类别</translation>
    </message>
    <message>
        <source>labels must be whole class numbers</source>
        <translation>标签必须是整数类别编号</translation>
    </message>
    <message>
        <source>label {bad} is out of range: classes are numbered 0 to {highest}</source>
        <translation>标签 {bad} 超出范围：类别编号为 0 到 {highest}</translation>
    </message>
    <message>
        <source>probabilities contain NaN or infinite values</source>
        <translation>概率中包含 NaN 或无穷大的值</translation>
    </message>
    <message>
        <source>true class {value} is out of range 0 to {highest}</source>
        <translation>真实类别 {value} 超出范围 0 到 {highest}</translation>
    </message>
    <message>
        <source>predicted class {value} is out of range 0 to {highest}</source>
        <translation>预测类别 {value} 超出范围 0 到 {highest}</translation>
    </message>
</context>
<context>
    <name>IdxFiles</name>
    <message>
        <source>signed bytes</source>
        <translation>有符号字节</translation>
    </message>
    <message>
        <source>16-bit integers</source>
        <translation>16 位整数</translation>
    </message>
    <message>
        <source>32-bit integers</source>
        <translation>32 位整数</translation>
    </message>
    <message>
        <source>32-bit floats</source>
        <translation>32 位浮点数</translation>
    </message>
    <message>
        <source>64-bit floats</source>
        <translation>64 位浮点数</translation>
    </message>
    <message>
        <source>train images</source>
        <translation>训练图像</translation>
    </message>
    <message>
        <source>train labels</source>
        <translation>训练标签</translation>
    </message>
    <message>
        <source>test images</source>
        <translation>测试图像</translation>
    </message>
    <message>
        <source>test labels</source>
        <translation>测试标签</translation>
    </message>
    <message>
        <source>could not read {path}: {error}</source>
        <translation>无法读取 {path}：{error}</translation>
    </message>
    <message>
        <source>folder not found: {directory}</source>
        <translation>找不到文件夹：{directory}</translation>
    </message>
    <message>
        <source>{directory} is a file; idx: needs a folder holding train-images-idx3-ubyte(.gz) and its companions</source>
        <translation>{directory} 是一个文件；idx: 需要一个包含 train-images-idx3-ubyte(.gz) 及其配套文件的文件夹</translation>
    </message>
    <message>
        <source>no {role} in {directory}: expected {expected}; found: {listing}</source>
        <translation>{directory} 中没有{role}：应为 {expected}；找到的是：{listing}</translation>
    </message>
    <message>
        <source>no {role} in {directory}: expected {expected} (or remove the other test file to split train 80/20)</source>
        <translation>{directory} 中没有{role}：应为 {expected}（或删除另一个测试文件，以便把训练数据按 80/20 划分）</translation>
    </message>
    <message>
        <source>every label in {name} is 0: a network needs at least two classes to tell apart</source>
        <translation>{name} 中的所有标签都是 0：网络至少需要两个类别才能区分</translation>
    </message>
    <message>
        <source> (the classes in the training labels)</source>
        <translation>（即训练标签中的类别）</translation>
    </message>
    <message>
        <source>{name} is not an IDX file: it is only {count} bytes long</source>
        <translation>{name} 不是 IDX 文件：它只有 {count} 个字节</translation>
    </message>
    <message>
        <source>{name} is not an IDX file: it starts with bytes {hex}, expected 00 00 08 and a dimension count</source>
        <translation>{name} 不是 IDX 文件：它以字节 {hex} 开头，应为 00 00 08 加上维数</translation>
    </message>
    <message>
        <source>{name} holds {type_name} (type code 0x{code:02x}); only unsigned bytes (0x08), as in MNIST, are supported</source>
        <translation>{name} 存储的是{type_name}（类型码 0x{code:02x}）；只支持与 MNIST 相同的无符号字节（0x08）</translation>
    </message>
    <message>
        <source>{name} is truncated: its header is cut off after {size} bytes</source>
        <translation>{name} 不完整：文件头在 {size} 个字节后被截断</translation>
    </message>
    <message>
        <source>{name} declares {dims} values, more than the {limit:,} bytes NetDesigner reads</source>
        <translation>{name} 声明了 {dims} 个值，超过了 NetDesigner 能读取的 {limit:,} 个字节</translation>
    </message>
    <message>
        <source>{name} is truncated: expected {expected:,} bytes of data, found {count:,}</source>
        <translation>{name} 不完整：应有 {expected:,} 个字节的数据，实际只有 {count:,} 个</translation>
    </message>
    <message>
        <source>{name} holds an array of shape {shape}, not images (N, 28, 28); is it a labels file?</source>
        <translation>{name} 存储的是形状为 {shape} 的数组，而不是图像 (N, 28, 28)；它是标签文件吗？</translation>
    </message>
    <message>
        <source>the images in {name} are {height}x{width} pixels; NetDesigner needs 28x28</source>
        <translation>{name} 中的图像是 {height}x{width} 像素；NetDesigner 需要 28x28</translation>
    </message>
    <message>
        <source>{name} holds an array of shape {shape}, not one label per image</source>
        <translation>{name} 存储的是形状为 {shape} 的数组，而不是每张图像一个标签</translation>
    </message>
    <message>
        <source>{name} holds no images</source>
        <translation>{name} 中没有图像</translation>
    </message>
    <message>
        <source>{images_file} has {images:,} images but {labels_file} has {labels:,} labels; they must match</source>
        <translation>{images_file} 有 {images:,} 张图像，但 {labels_file} 有 {labels:,} 个标签；两者数量必须一致</translation>
    </message>
    <message>
        <source>{name} holds label {label}, out of range: labels must be 0-{highest}{why}</source>
        <translation>{name} 包含标签 {label}，超出范围：标签必须是 0-{highest}{why}</translation>
    </message>
    <message>
        <source>{stem}-idx{dims}-ubyte or {stem}.idx{dims}-ubyte, optionally .gz</source>
        <translation>{stem}-idx{dims}-ubyte 或 {stem}.idx{dims}-ubyte，可带 .gz 后缀</translation>
    </message>
    <message>
        <source> and {count} more</source>
        <translation> 等另外 {count} 个</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>没有任何文件</translation>
    </message>
</context>
<context>
    <name>ImageFolder</name>
    <message>
        <source>folder not found: {directory}</source>
        <translation>找不到文件夹：{directory}</translation>
    </message>
    <message>
        <source>{directory} is a file; folder: needs a folder with one subfolder of images per class</source>
        <translation>{directory} 是一个文件；folder: 需要一个文件夹，其中每个类别有一个图像子文件夹</translation>
    </message>
    <message>
        <source>only &apos;{name}&apos;</source>
        <translation>只有“{name}”</translation>
    </message>
    <message>
        <source>none</source>
        <translation>一个也没有</translation>
    </message>
    <message>
        <source>{directory} needs one subfolder per class, at least two (e.g. {example} and {other_example}); found {found}</source>
        <translation>{directory} 需要每个类别一个子文件夹，至少两个（例如 {example} 和 {other_example}）；找到的：{found}</translation>
    </message>
    <message>
        <source>class folder {folder} has no images ({suffixes}); add some or remove the folder</source>
        <translation>类别文件夹 {folder} 中没有图像（{suffixes}）；请添加一些图像或删除该文件夹</translation>
    </message>
</context>
<context>
    <name>Images</name>
    <message>
        <source>the image has no ink</source>
        <translation>图像中没有笔迹</translation>
    </message>
    <message>
        <source>image {path} has no ink: it is blank</source>
        <translation>图像 {path} 中没有笔迹：它是空白的</translation>
    </message>
    <message>
        <source>image file not found: {path}</source>
        <translation>找不到图像文件：{path}</translation>
    </message>
    <message>
        <source>{path} is a folder, not an image</source>
        <translation>{path} 是一个文件夹，不是图像</translation>
    </message>
    <message>
        <source>image {path} is {width}x{height} pixels, more than the {limit:,} NetDesigner opens; shrink it first</source>
        <translation>图像 {path} 有 {width}x{height} 像素，超过了 NetDesigner 能打开的 {limit:,} 像素；请先把它缩小</translation>
    </message>
    <message>
        <source>image {path} is too large to open safely ({error}); shrink it first</source>
        <translation>图像 {path} 太大，无法安全打开（{error}）；请先把它缩小</translation>
    </message>
    <message>
        <source>could not read image {path}: {error}; save it again as PNG</source>
        <translation>无法读取图像 {path}：{error}；请把它重新保存为 PNG</translation>
    </message>
    <message>
        <source>expected a 2-D grayscale image, got an array of shape {shape}</source>
        <translation>需要一张二维灰度图像，但得到的是形状为 {shape} 的数组</translation>
    </message>
    <message>
        <source>expected a numeric image, got dtype {dtype}</source>
        <translation>需要数值图像，但得到的数据类型是 {dtype}</translation>
    </message>
</context>
<context>
    <name>Inference</name>
    <message>
        <source>the model must have exactly one input, a 28x28 image</source>
        <translation>模型必须恰好有一个输入，即一张 28x28 的图像</translation>
    </message>
    <message>
        <source>the model expects inputs of shape {shape}, not 28x28 images</source>
        <translation>模型需要形状为 {shape} 的输入，而不是 28x28 的图像</translation>
    </message>
</context>
<context>
    <name>Memory</name>
    <message>
        <source>the network is too large for this computer: training it needs about {needed} ({parameters:,} parameters, batch size {batch_size:,}) but only {available} of memory is available; use fewer units or filters, or a smaller batch size</source>
        <translation>网络对这台电脑来说太大了：训练它大约需要 {needed}（{parameters:,} 个参数，批量大小 {batch_size:,}），但可用内存只有 {available}；请减少单元数或滤波器数，或使用更小的批量大小</translation>
    </message>
</context>
<context>
    <name>ModelImport</name>
    <message>
        <source>{source}: {refusal}</source>
        <translation>{source}：{refusal}</translation>
    </message>
    <message>
        <source>{source} holds a malformed model configuration ({kind}: {error})</source>
        <translation>{source} 中的模型配置格式有误（{kind}：{error}）</translation>
    </message>
    <message>
        <source>{source}: {where} cannot become a NetDesigner layer: {message}</source>
        <translation>{source}：{where} 无法转换为 NetDesigner 的层：{message}</translation>
    </message>
    <message>
        <source>{name} holds a {kind} model; only Functional and Sequential models are loaded</source>
        <translation>{name} 中是一个 {kind} 模型；只能加载 Functional 和 Sequential 模型</translation>
    </message>
    <message>
        <source>{name} holds a layer of type {layer_kind!r}, which NetDesigner does not load; it loads {supported}</source>
        <translation>{name} 中有一个类型为 {layer_kind!r} 的层，NetDesigner 不加载这种层；它能加载 {supported}</translation>
    </message>
    <message>
        <source>{name} is not a .keras model file</source>
        <translation>{name} 不是 .keras 模型文件</translation>
    </message>
    <message>
        <source>{path} is a folder, not a .keras model file</source>
        <translation>{path} 是一个文件夹，不是 .keras 模型文件</translation>
    </message>
    <message>
        <source>{name} is {size:.1f} GB, too large for a NetDesigner network</source>
        <translation>{name} 有 {size:.1f} GB，对 NetDesigner 的网络来说太大了</translation>
    </message>
    <message>
        <source>{not_keras}: it is a legacy HDF5 (.h5) model, which NetDesigner does not open; load it in Keras and save it again with model.save(&apos;name.keras&apos;)</source>
        <translation>{not_keras}：它是旧式的 HDF5 (.h5) 模型，NetDesigner 无法打开；请在 Keras 中加载它，再用 model.save(&apos;name.keras&apos;) 重新保存</translation>
    </message>
    <message>
        <source>{not_keras}: the archive holds no config.json</source>
        <translation>{not_keras}：压缩包中没有 config.json</translation>
    </message>
    <message>
        <source>{not_keras}: its config.json is {size:.0f} MB, far too large</source>
        <translation>{not_keras}：它的 config.json 有 {size:.0f} MB，太大了</translation>
    </message>
    <message>
        <source>{path} does not exist</source>
        <translation>{path} 不存在</translation>
    </message>
    <message>
        <source>{not_keras} (or it is damaged): {error}</source>
        <translation>{not_keras}（或者它已损坏）：{error}</translation>
    </message>
    <message>
        <source>cannot read {path}: {reason}</source>
        <translation>无法读取 {path}：{reason}</translation>
    </message>
    <message>
        <source>{not_keras}: its config.json is far too large</source>
        <translation>{not_keras}：它的 config.json 太大了</translation>
    </message>
    <message>
        <source>{not_keras}: its config.json is not valid JSON ({error})</source>
        <translation>{not_keras}：它的 config.json 不是有效的 JSON（{error}）</translation>
    </message>
    <message>
        <source>{not_keras}: its config.json describes no model</source>
        <translation>{not_keras}：它的 config.json 没有描述任何模型</translation>
    </message>
    <message>
        <source>{source} contains a Lambda layer &apos;{layer}&apos;, which holds Python code; NetDesigner only opens models made of standard layers</source>
        <translation>{source} 包含 Lambda 层“{layer}”，其中含有 Python 代码；NetDesigner 只打开由标准层构成的模型</translation>
    </message>
    <message>
        <source>{source} contains a Python lambda function, which holds code; NetDesigner only opens models made of standard layers</source>
        <translation>{source} 包含 Python lambda 函数，其中含有代码；NetDesigner 只打开由标准层构成的模型</translation>
    </message>
    <message>
        <source> from {module}</source>
        <translation>（来自 {module}）</translation>
    </message>
    <message>
        <source>{source} uses the custom object &apos;{what}&apos;{origin}, which needs its Python code to load; NetDesigner only opens models made of standard Keras layers</source>
        <translation>{source} 使用了自定义对象“{what}”{origin}，需要它的 Python 代码才能加载；NetDesigner 只打开由标准 Keras 层构成的模型</translation>
    </message>
    <message>
        <source>a layer takes an input that is not another layer&apos;s output, which NetDesigner cannot draw</source>
        <translation>有一个层的输入不是另一个层的输出，NetDesigner 无法画出这种结构</translation>
    </message>
    <message>
        <source>layer &apos;{name}&apos; is used more than once or has several outputs, which NetDesigner cannot draw</source>
        <translation>层“{name}”被使用了不止一次或有多个输出，NetDesigner 无法画出这种结构</translation>
    </message>
    <message>
        <source>layer &apos;{name}&apos; is used more than once (shared weights), which NetDesigner cannot draw</source>
        <translation>层“{name}”被使用了不止一次（共享权重），NetDesigner 无法画出这种结构</translation>
    </message>
    <message>
        <source>layer &apos;{name}&apos; is called with extra arguments, which NetDesigner cannot represent</source>
        <translation>层“{name}”在调用时带有额外参数，NetDesigner 无法表示</translation>
    </message>
    <message>
        <source>the model has {count} inputs; NetDesigner networks have exactly one input</source>
        <translation>模型有 {count} 个输入；NetDesigner 的网络恰好有一个输入</translation>
    </message>
    <message>
        <source>the model has {count} outputs; NetDesigner networks have exactly one output</source>
        <translation>模型有 {count} 个输出；NetDesigner 的网络恰好有一个输出</translation>
    </message>
    <message>
        <source>it holds a {kind} model; NetDesigner opens Functional and Sequential models</source>
        <translation>其中是一个 {kind} 模型；NetDesigner 只打开 Functional 和 Sequential 模型</translation>
    </message>
    <message>
        <source>its model configuration holds no list of layers</source>
        <translation>它的模型配置中没有层的列表</translation>
    </message>
    <message>
        <source>the model has {count} layers; NetDesigner handles at most {limit}</source>
        <translation>模型有 {count} 个层；NetDesigner 最多处理 {limit} 个</translation>
    </message>
    <message>
        <source>it contains a nested model &apos;{name}&apos; ({layer_kind}); NetDesigner opens flat models only: rebuild it with the inner model&apos;s layers placed directly in the outer model</source>
        <translation>它包含嵌套模型“{name}”（{layer_kind}）；NetDesigner 只打开扁平的模型：请把内部模型的层直接放进外部模型后重新构建</translation>
    </message>
    <message>
        <source>layer &apos;{name}&apos; is a {layer_kind}, which NetDesigner does not support; it supports {supported}</source>
        <translation>层“{name}”是 {layer_kind}，NetDesigner 不支持这种层；它支持 {supported}</translation>
    </message>
    <message>
        <source>two layers share a name, so the connections are ambiguous</source>
        <translation>有两个层同名，因此连接关系不明确</translation>
    </message>
    <message>
        <source>{layer} takes its input from &apos;{missing}&apos;, which is not in the model</source>
        <translation>{layer} 的输入来自“{missing}”，但模型中没有这个层</translation>
    </message>
    <message>
        <source>{layer} takes the same input twice; NetDesigner draws each connection once</source>
        <translation>{layer} 两次接收同一个输入；NetDesigner 每条连接只画一次</translation>
    </message>
    <message>
        <source>the Sequential model was never built, so it has no input shape; build or call it once and save again</source>
        <translation>这个 Sequential 模型从未构建过，因此没有输入形状；请先构建或调用它一次，再重新保存</translation>
    </message>
    <message>
        <source>{layer} is a second input; NetDesigner networks have exactly one input</source>
        <translation>{layer} 是第二个输入；NetDesigner 的网络恰好有一个输入</translation>
    </message>
    <message>
        <source>Imported from the Keras model {name}.</source>
        <translation>从 Keras 模型 {name} 导入。</translation>
    </message>
    <message>
        <source>layer &apos;{name}&apos; ({kind})</source>
        <translation>层“{name}”（{kind}）</translation>
    </message>
    <message>
        <source>{layer} has a {height}x{width} {what}; NetDesigner supports only square ones</source>
        <translation>{layer} 的{what}是 {height}x{width}；NetDesigner 只支持正方形的</translation>
    </message>
    <message>
        <source>{layer} has the {what} {value!r}, which NetDesigner cannot represent</source>
        <translation>{layer} 的{what}为 {value!r}，NetDesigner 无法表示</translation>
    </message>
    <message>
        <source>{layer} sets {key} = {value!r}; {why}</source>
        <translation>{layer} 设置了 {key} = {value!r}；{why}</translation>
    </message>
    <message>
        <source>{owner} has a setting NetDesigner cannot read: {value!r}</source>
        <translation>{owner} 有一项 NetDesigner 无法读取的设置：{value!r}</translation>
    </message>
    <message>
        <source>the model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>{layer} uses the activation {name!r}, which NetDesigner does not offer ({offered})</source>
        <translation>{layer} 使用了激活函数 {name!r}，NetDesigner 不提供它（可用的有 {offered}）</translation>
    </message>
    <message>
        <source>{kind} with mean {mean}</source>
        <translation>均值为 {mean} 的 {kind}</translation>
    </message>
    <message>
        <source>{layer} initializes its weights with {shown}; NetDesigner offers RandomNormal (mean 0), GlorotUniform, GlorotNormal, HeUniform, HeNormal and Zeros</source>
        <translation>{layer} 用 {shown} 初始化权重；NetDesigner 提供 RandomNormal（均值 0）、GlorotUniform、GlorotNormal、HeUniform、HeNormal 和 Zeros</translation>
    </message>
    <message>
        <source>{layer} does not start its biases at zero; NetDesigner always does</source>
        <translation>{layer} 的偏置初始值不是零；NetDesigner 总是从零开始</translation>
    </message>
    <message>
        <source>{layer} has a {setting}, which NetDesigner cannot represent; remove it</source>
        <translation>{layer} 设置了 {setting}，NetDesigner 无法表示；请删除它</translation>
    </message>
    <message>
        <source>{layer} is quantized or uses LoRA, which NetDesigner cannot represent</source>
        <translation>{layer} 经过量化或使用了 LoRA，NetDesigner 无法表示</translation>
    </message>
    <message>
        <source>{layer} uses the weight regularizer {regularizer}; NetDesigner offers L1, L2 and L1L2</source>
        <translation>{layer} 使用了权重正则化 {regularizer}；NetDesigner 提供 L1、L2 和 L1L2</translation>
    </message>
    <message>
        <source>{layer} computes in {dtype_name}; NetDesigner trains in float32 only</source>
        <translation>{layer} 以 {dtype_name} 计算；NetDesigner 只用 float32 训练</translation>
    </message>
    <message>
        <source>{layer} is frozen (trainable = false); NetDesigner trains every layer</source>
        <translation>{layer} 被冻结了（trainable = false）；NetDesigner 会训练每一层</translation>
    </message>
    <message>
        <source>NetDesigner works with channels_last images only</source>
        <translation>NetDesigner 只处理 channels_last 格式的图像</translation>
    </message>
    <message>
        <source>its Input &apos;{name}&apos; takes shape {text}; NetDesigner&apos;s networks take 28x28x1 images (28, 28, 1) or flat vectors (784,)</source>
        <translation>它的 Input “{name}”接收形状 {text}；NetDesigner 的网络接收 28x28x1 的图像 (28, 28, 1) 或扁平向量 (784,)</translation>
    </message>
    <message>
        <source>{layer} takes sparse or ragged tensors; NetDesigner takes plain images</source>
        <translation>{layer} 接收稀疏或不规则张量；NetDesigner 只接收普通图像</translation>
    </message>
    <message>
        <source>kernel</source>
        <translation>卷积核</translation>
    </message>
    <message>
        <source>stride</source>
        <translation>步长</translation>
    </message>
    <message>
        <source>dilation</source>
        <translation>扩张率</translation>
    </message>
    <message>
        <source>{layer} uses dilation; NetDesigner&apos;s Conv2D has dilation 1 only</source>
        <translation>{layer} 使用了扩张卷积；NetDesigner 的 Conv2D 扩张率只能为 1</translation>
    </message>
    <message>
        <source>NetDesigner&apos;s Conv2D has no grouped convolutions</source>
        <translation>NetDesigner 的 Conv2D 不支持分组卷积</translation>
    </message>
    <message>
        <source>pool size</source>
        <translation>池化窗口</translation>
    </message>
    <message>
        <source>NetDesigner&apos;s global pooling gives a flat vector</source>
        <translation>NetDesigner 的全局池化输出扁平向量</translation>
    </message>
    <message>
        <source>NetDesigner&apos;s Dropout drops single values only</source>
        <translation>NetDesigner 的 Dropout 只丢弃单个值</translation>
    </message>
    <message>
        <source>NetDesigner normalizes over the last axis only</source>
        <translation>NetDesigner 只在最后一个轴上归一化</translation>
    </message>
    <message>
        <source>NetDesigner always learns a shift and a scale</source>
        <translation>NetDesigner 总是学习平移和缩放参数</translation>
    </message>
    <message>
        <source>NetDesigner has no batch renormalization</source>
        <translation>NetDesigner 不支持批量重归一化</translation>
    </message>
    <message>
        <source>{layer} sets its {key} initializer; NetDesigner uses the Keras defaults</source>
        <translation>{layer} 设置了自己的 {key} 初始化方法；NetDesigner 使用 Keras 的默认值</translation>
    </message>
    <message>
        <source>{layer} has a {key} regularizer or constraint, which NetDesigner cannot represent</source>
        <translation>{layer} 有 {key} 正则化或约束，NetDesigner 无法表示</translation>
    </message>
    <message>
        <source>NetDesigner joins tensors along the last axis only</source>
        <translation>NetDesigner 只沿最后一个轴拼接张量</translation>
    </message>
    <message>
        <source>{name}: {error}</source>
        <translation>{name}：{error}</translation>
    </message>
    <message>
        <source>{name} could not be loaded: {reason}</source>
        <translation>无法加载 {name}：{reason}</translation>
    </message>
</context>
<context>
    <name>Neuron</name>
    <message>
        <source>the model has no layer &apos;{layer_name}&apos;</source>
        <translation>模型中没有层“{layer_name}”</translation>
    </message>
    <message>
        <source>&apos;{layer_name}&apos; is not a Dense layer; the math view explains Dense units</source>
        <translation>“{layer_name}”不是 Dense 层；数学视图只讲解 Dense 层的单元</translation>
    </message>
    <message>
        <source>&apos;{layer_name}&apos; has units 0 to {highest}, not {unit}</source>
        <translation>“{layer_name}”的单元编号为 0 到 {highest}，没有 {unit}</translation>
    </message>
</context>
<context>
    <name>ProjectFile</name>
    <message>
        <source> (and 1 more problem)</source>
        <translation>（还有 1 个问题）</translation>
    </message>
    <message>
        <source> (and {more} more problems)</source>
        <translation>（还有 {more} 个问题）</translation>
    </message>
    <message>
        <source>{where}: {message}</source>
        <translation>{where}：{message}</translation>
    </message>
    <message>
        <source>{value} is not a number JSON allows</source>
        <translation>{value} 不是 JSON 允许的数值</translation>
    </message>
    <message>
        <source>the project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>{source} is {size:.0f} MB, too large for a project file (at most {limit} MB)</source>
        <translation>{source} 有 {size:.0f} MB，作为项目文件太大了（最多 {limit} MB）</translation>
    </message>
    <message>
        <source>{source} is not a text file; a NetDesigner project is JSON text (.ndproj)</source>
        <translation>{source} 不是文本文件；NetDesigner 项目是 JSON 文本（.ndproj）</translation>
    </message>
    <message>
        <source>{source} is empty; it holds no project</source>
        <translation>{source} 是空的；其中没有项目</translation>
    </message>
    <message>
        <source>{source} is not valid JSON: {msg} at line {lineno}, column {colno}</source>
        <translation>{source} 不是有效的 JSON：第 {lineno} 行第 {colno} 列：{msg}</translation>
    </message>
    <message>
        <source>{source} is not valid JSON: {error}</source>
        <translation>{source} 不是有效的 JSON：{error}</translation>
    </message>
    <message>
        <source>{source} is nested too deeply to be a project file</source>
        <translation>{source} 嵌套层次太深，不可能是项目文件</translation>
    </message>
    <message>
        <source>{source} is JSON but not a project: expected an object at the top level</source>
        <translation>{source} 是 JSON，但不是项目：顶层应为一个对象</translation>
    </message>
    <message>
        <source>{source} is not a NetDesigner project: its &apos;format&apos; is {found!r}, expected {expected!r}</source>
        <translation>{source} 不是 NetDesigner 项目：它的“format”是 {found!r}，应为 {expected!r}</translation>
    </message>
    <message>
        <source>{source} has no valid format version (found {version!r})</source>
        <translation>{source} 没有有效的格式版本（找到的是 {version!r}）</translation>
    </message>
    <message>
        <source>{source} was made by a newer NetDesigner (format version {version}); this version reads versions up to {newest}. Update NetDesigner to open it.</source>
        <translation>{source} 是由更新版本的 NetDesigner 创建的（格式版本 {version}）；当前版本最多只能读取版本 {newest}。请更新 NetDesigner 后再打开它。</translation>
    </message>
    <message>
        <source>{source} has {count} layers; NetDesigner handles at most {limit}</source>
        <translation>{source} 有 {count} 个层；NetDesigner 最多处理 {limit} 个</translation>
    </message>
    <message>
        <source>{source} is not a valid project: {reason}</source>
        <translation>{source} 不是有效的项目：{reason}</translation>
    </message>
    <message>
        <source>{path} is {size:.0f} MB, too large for a project file</source>
        <translation>{path} 有 {size:.0f} MB，作为项目文件太大了</translation>
    </message>
    <message>
        <source>{path} does not exist</source>
        <translation>{path} 不存在</translation>
    </message>
    <message>
        <source>{path} is a folder, not a project file</source>
        <translation>{path} 是一个文件夹，不是项目文件</translation>
    </message>
    <message>
        <source>cannot read {path}: {reason}</source>
        <translation>无法读取 {path}：{reason}</translation>
    </message>
    <message>
        <source>node &apos;{node}&apos; has {key} = {value}, which cannot be saved</source>
        <translation>节点“{node}”的 {key} = {value}，无法保存</translation>
    </message>
    <message>
        <source>cannot write {path}: {reason}{kept}</source>
        <translation>无法写入 {path}：{reason}{kept}</translation>
    </message>
    <message>
        <source>cannot write {path}: {reason}; the previous file is unchanged</source>
        <translation>无法写入 {path}：{reason}；原来的文件保持不变</translation>
    </message>
</context>
<context>
    <name>Shapes</name>
    <message>
        <source>{type_name} expects an image-shaped input (height, width, channels) but gets the flat vector {shape}; insert Reshape to (28, 28, 1) before it, or set the Input&apos;s format to &apos;image&apos;</source>
        <translation>{type_name} 需要图像形状的输入（高、宽、通道），但得到的是扁平向量 {shape}；请在它前面插入变形为 (28, 28, 1) 的 Reshape，或把 Input 的格式设为“image”</translation>
    </message>
    <message>
        <source>Insert Reshape</source>
        <translation>插入 Reshape</translation>
    </message>
    <message>
        <source>{type_name} expects an input of shape (height, width, channels) but gets {shape}</source>
        <translation>{type_name} 需要形状为（高、宽、通道）的输入，但得到的是 {shape}</translation>
    </message>
    <message>
        <source>{type_name}&apos;s window {window}x{window} does not fit in its {height}x{width} input; use a smaller size or padding &apos;same&apos;</source>
        <translation>{type_name} 的 {window}x{window} 窗口放不进 {height}x{width} 的输入；请使用更小的尺寸或 padding “same”</translation>
    </message>
    <message>
        <source>Use padding &apos;same&apos;</source>
        <translation>使用 padding “same”</translation>
    </message>
    <message>
        <source>{type_name} expects a flat input but gets {shape}; insert Flatten before it</source>
        <translation>{type_name} 需要扁平的输入，但得到的是 {shape}；请在它前面插入 Flatten</translation>
    </message>
    <message>
        <source>Insert Flatten</source>
        <translation>插入 Flatten</translation>
    </message>
    <message>
        <source>cannot reshape {size} values into {shape}: {size} is not a multiple of {known}</source>
        <translation>无法把 {size} 个值变形为 {shape}：{size} 不是 {known} 的倍数</translation>
    </message>
    <message>
        <source>cannot reshape {shape} ({size} values) into {other_shape} ({known} values); the target shape must hold the same number of values</source>
        <translation>无法把 {shape}（{size} 个值）变形为 {other_shape}（{known} 个值）；目标形状必须容纳相同数量的值</translation>
    </message>
    <message>
        <source>Add needs inputs of the same shape but gets {shape} from &apos;{first_source}&apos; and {other_shape} from &apos;{source}&apos;; make both branches end in the same shape</source>
        <translation>Add 需要形状相同的输入，但从“{first_source}”得到 {shape}，从“{source}”得到 {other_shape}；请让两个分支以相同的形状结束</translation>
    </message>
    <message>
        <source>Concatenate joins along the last axis, so all other sizes must match, but it gets {shape} from &apos;{first_source}&apos; and {other_shape} from &apos;{source}&apos;</source>
        <translation>Concatenate 沿最后一个轴拼接，因此其他维度的大小必须一致，但它从“{first_source}”得到 {shape}，从“{source}”得到 {other_shape}</translation>
    </message>
</context>
<context>
    <name>Spec</name>
    <message>
        <source>{name} must be a whole number, not {value!r}</source>
        <translation>{name} 必须是整数，而不是 {value!r}</translation>
    </message>
    <message>
        <source>{name} = {value} is far too large</source>
        <translation>{name} = {value} 太大了</translation>
    </message>
    <message>
        <source>{name} must be a number, not {value!r}</source>
        <translation>{name} 必须是数值，而不是 {value!r}</translation>
    </message>
    <message>
        <source>{name} must be a finite number, not {value!r}</source>
        <translation>{name} 必须是有限的数值，而不是 {value!r}</translation>
    </message>
    <message>
        <source>{name} must be true or false, not {value!r}</source>
        <translation>{name} 必须是 true 或 false，而不是 {value!r}</translation>
    </message>
    <message>
        <source>{name} must be one of {choices}, not {value!r}</source>
        <translation>{name} 必须是 {choices} 之一，而不是 {value!r}</translation>
    </message>
    <message>
        <source>{name} must be a list of 1 to 3 sizes, not {value!r}</source>
        <translation>{name} 必须是包含 1 到 3 个尺寸的列表，而不是 {value!r}</translation>
    </message>
    <message>
        <source>{name} entries must be positive whole numbers or -1, not {size!r}</source>
        <translation>{name} 的各项必须是正整数或 -1，而不是 {size!r}</translation>
    </message>
    <message>
        <source>{name} may contain -1 only once</source>
        <translation>{name} 中最多只能有一个 -1</translation>
    </message>
    <message>
        <source>must be a finite number</source>
        <translation>必须是有限的数值</translation>
    </message>
    <message>
        <source>unknown layer type {type_name!r}; known types: {known}</source>
        <translation>未知的层类型 {type_name!r}；已知类型：{known}</translation>
    </message>
    <message>
        <source>params must be an object of parameter names and values</source>
        <translation>params 必须是由参数名和值组成的对象</translation>
    </message>
    <message>
        <source>{type_name} has no parameter {unknown!r} (its parameters: {allowed})</source>
        <translation>{type_name} 没有参数 {unknown!r}（它的参数有：{allowed}）</translation>
    </message>
    <message>
        <source>{value!r} is not a usable node id: it must start with a letter and hold only letters, digits and _ (at most 63 characters)</source>
        <translation>{value!r} 不能用作节点 id：它必须以字母开头，只包含字母、数字和 _（最多 63 个字符）</translation>
    </message>
    <message>
        <source>two nodes share the id {id!r}; every node id must be unique</source>
        <translation>有两个节点的 id 都是 {id!r}；每个节点的 id 必须唯一</translation>
    </message>
    <message>
        <source>edges[{index}] refers to node {end!r}, which does not exist</source>
        <translation>edges[{index}] 引用了不存在的节点 {end!r}</translation>
    </message>
    <message>
        <source>must be a whole number from 1 to {limit:,} or &apos;full&apos;, not {value!r}</source>
        <translation>必须是 1 到 {limit:,} 之间的整数或“full”，而不是 {value!r}</translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message>
        <source>the loss became NaN or infinite, so training stopped and the last good weights were kept; the learning rate ({rate:g}) is likely too high: try a value 10 times smaller</source>
        <translation>损失变成了 NaN 或无穷大，因此训练已停止，并保留了最后一组正常的权重；学习率（{rate:g}）可能太高了：试试缩小到十分之一</translation>
    </message>
    <message>
        <source>training was stopped; the weights learned so far are kept</source>
        <translation>训练已停止；目前学到的权重已保留</translation>
    </message>
    <message>
        <source>the network cannot be trained: {problems}</source>
        <translation>无法训练网络：{problems}</translation>
    </message>
    <message>
        <source>the saved weights do not fit this network: {error}</source>
        <translation>保存的权重与这个网络不匹配：{error}</translation>
    </message>
</context>
</TS>
