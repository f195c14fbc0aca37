<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>this app</source>
        <translation>本应用</translation>
    </message>
    <message>
        <source>the 5,000 bundled handwritten digits</source>
        <translation>内置的 5,000 个手写数字</translation>
    </message>
    <message>
        <source>the language NetDesigner is written in</source>
        <translation>NetDesigner 所用的编程语言</translation>
    </message>
    <message>
        <source>windows, drawing and the canvas</source>
        <translation>窗口、绘图和画布</translation>
    </message>
    <message>
        <source>runs the training</source>
        <translation>运行训练</translation>
    </message>
    <message>
        <source>builds and trains the networks</source>
        <translation>构建并训练网络</translation>
    </message>
    <message>
        <source>arrays of images and weights</source>
        <translation>图像和权重的数组</translation>
    </message>
    <message>
        <source>the live training plots</source>
        <translation>实时训练图表</translation>
    </message>
    <message>
        <source>reading and writing images</source>
        <translation>读取和写入图像</translation>
    </message>
    <message>
        <source>checking project files</source>
        <translation>检查项目文件</translation>
    </message>
    <message>
        <source>The licence file {path} is missing from this installation.</source>
        <translation>此安装中缺少许可证文件 {path}。</translation>
    </message>
    <message>
        <source>About NetDesigner</source>
        <translation>关于 NetDesigner</translation>
    </message>
    <message>
        <source>&lt;h2&gt;NetDesigner {version}&lt;/h2&gt;&lt;p&gt;Build a neural network by dragging layers, train it on handwritten digits, and look inside it while it learns.&lt;/p&gt;&lt;p&gt;Python {python}, Qt {qt}&lt;/p&gt;</source>
        <translation>&lt;h2&gt;NetDesigner {version}&lt;/h2&gt;&lt;p&gt;通过拖放层来构建神经网络，用手写数字训练它，并在它学习时观察其内部。&lt;/p&gt;&lt;p&gt;Python {python}，Qt {qt}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>组件</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>NetDesigner and what it is built with, and their licences:</source>
        <translation>NetDesigner 及其所使用的组件，以及它们的许可证：</translation>
    </message>
    <message>
        <source>{name}: {role}. Licence: {licence}.</source>
        <translation>{name}：{role}。许可证：{licence}。</translation>
    </message>
</context>
<context>
    <name>Autosave</name>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>Autosave failed: {error}</source>
        <translation>自动保存失败：{error}</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>无法恢复</translation>
    </message>
    <message>
        <source>The autosaved work could not be read.

{error}</source>
        <translation>无法读取自动保存的内容。

{error}</translation>
    </message>
</context>
<context>
    <name>CanvasKeyboard</name>
    <message>
        <source>Canvas: Tab or arrows move between layers · Enter edits · C connects · Ctrl+arrows move · Delete removes · Ctrl+K lists every command</source>
        <translation>画布：Tab 或方向键在层之间移动 · Enter 编辑 · C 连接 · Ctrl+方向键移动 · Delete 删除 · Ctrl+K 列出所有命令</translation>
    </message>
    <message>
        <source>The design is locked while the network trains. Stop training to change it.</source>
        <translation>网络训练期间设计被锁定。停止训练后才能修改。</translation>
    </message>
    <message>
        <source>Select the layer to connect from first (Tab moves between layers).</source>
        <translation>请先选中要从它连出的层（Tab 在层之间移动）。</translation>
    </message>
    <message>
        <source>There is no other layer to connect to: add one first (Ctrl+K).</source>
        <translation>没有其他可连接的层：请先添加一个（Ctrl+K）。</translation>
    </message>
    <message>
        <source>Connection cancelled.</source>
        <translation>已取消连接。</translation>
    </message>
    <message>
        <source>Connected {source} to {target}.</source>
        <translation>已将 {source} 连接到 {target}。</translation>
    </message>
</context>
<context>
    <name>CanvasScene</name>
    <message>
        <source>The design is locked while the network trains. Stop training to change it.</source>
        <translation>网络训练期间设计被锁定。停止训练后才能修改。</translation>
    </message>
    <message>
        <source>The design is locked while the network trains; you can look but not move or edit.</source>
        <translation>网络训练期间设计被锁定；可以查看，但不能移动或编辑。</translation>
    </message>
</context>
<context>
    <name>CanvasView</name>
    <message>
        <source>Network canvas</source>
        <translation>网络画布</translation>
    </message>
    <message>
        <source>Drag a layer from the palette to start,
or choose File › New from Template,
or press Ctrl+K and type the name of a layer.</source>
        <translation>从面板中拖入一个层即可开始，
或者选择 文件 › 从模板新建，
或者按 Ctrl+K 并输入层的名称。</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>What training minimizes: cross entropy -sum y log p, or mean squared error mean (y - p)^2.</source>
        <translation>训练要最小化的量：交叉熵 -sum y log p，或均方误差 mean (y - p)^2。</translation>
    </message>
    <message>
        <source>How the weights follow the gradient: plain gradient descent w &lt;- w - eta dL/dw, with momentum, RMSprop or Adam.</source>
        <translation>权重如何沿梯度更新：普通梯度下降 w &lt;- w - eta dL/dw、带动量、RMSprop 或 Adam。</translation>
    </message>
    <message>
        <source>The step size eta in w &lt;- w - eta dL/dw. Type small values as 0.0001 or 1e-4.</source>
        <translation>w &lt;- w - eta dL/dw 中的步长 eta。很小的值可以输入为 0.0001 或 1e-4。</translation>
    </message>
    <message>
        <source>How much of the previous step carries into the next (only for SGD with momentum).</source>
        <translation>上一步有多少延续到下一步（仅用于带动量的 SGD）。</translation>
    </message>
    <message>
        <source>Samples per weight update: mini-batch gradient descent (1 is stochastic gradient descent). Tick &apos;Full batch&apos; for batch gradient descent: one update per epoch over the whole training set.</source>
        <translation>每次更新权重所用的样本数：小批量梯度下降（1 即随机梯度下降）。勾选“全批量”则为批量梯度下降：每个轮次在整个训练集上只更新一次。</translation>
    </message>
    <message>
        <source>Passes over the whole training set.</source>
        <translation>遍历整个训练集的次数。</translation>
    </message>
    <message>
        <source>Percent of the training set held back to check for overfitting after each epoch.</source>
        <translation>从训练集中留出的百分比，用于在每个轮次后检查过拟合。</translation>
    </message>
    <message>
        <source>The same seed and settings give the same curves.</source>
        <translation>相同的种子和设置会得到相同的曲线。</translation>
    </message>
    <message>
        <source>The images to train and test on.</source>
        <translation>用于训练和测试的图像。</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>损失函数</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>优化器</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation>动量</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>批量大小</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>Validation split</source>
        <translation>验证集比例</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
</context>
<context>
    <name>CommandPalette</name>
    <message>
        <source>Add {name}</source>
        <translation>添加{name}</translation>
    </message>
    <message>
        <source>{group} layer: {description}</source>
        <translation>{group}类层：{description}</translation>
    </message>
    <message>
        <source>Toggle {name}</source>
        <translation>切换“{name}”</translation>
    </message>
    <message>
        <source>shown</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <source>{path} · now {state}</source>
        <translation>{path} · 当前{state}</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Command palette</source>
        <translation>命令面板</translation>
    </message>
    <message>
        <source>Type a command or a layer to add, e.g. “add dense”</source>
        <translation>输入命令或要添加的层，例如“add dense”</translation>
    </message>
    <message>
        <source>Search commands</source>
        <translation>搜索命令</translation>
    </message>
    <message>
        <source>Type to filter; Up and Down choose, Enter runs the command, Escape closes.</source>
        <translation>输入文字进行筛选；用上下方向键选择，Enter 运行命令，Esc 关闭。</translation>
    </message>
    <message>
        <source>Commands</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Enter runs · Esc closes · ↑↓ choose</source>
        <translation>Enter 运行 · Esc 关闭 · ↑↓ 选择</translation>
    </message>
    <message>
        <source>{title} (not available now)</source>
        <translation>{title}（当前不可用）</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <source>A report was written to {path}.</source>
        <translation>已写入报告：{path}。</translation>
    </message>
    <message>
        <source>No report could be written.</source>
        <translation>无法写入报告。</translation>
    </message>
    <message>
        <source>NetDesigner hit an error it did not expect. Your work is still open: save it under a new name to be safe.

{summary}

{where} Please include the details below in a bug report.</source>
        <translation>NetDesigner 遇到了意外错误。你的工作仍然打开着：为安全起见，请用新名称另存一份。

{summary}

{where} 报告问题时请附上下面的详细信息。</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>出错了</translation>
    </message>
</context>
<context>
    <name>DatasetEditor</name>
    <message>
        <source>MNIST, 5,000 bundled digits</source>
        <translation>MNIST，内置 5,000 个数字</translation>
    </message>
    <message>
        <source>MNIST (full, downloads once)</source>
        <translation>MNIST（完整版，只需下载一次）</translation>
    </message>
    <message>
        <source>NumPy file</source>
        <translation>NumPy 文件</translation>
    </message>
    <message>
        <source>IDX files</source>
        <translation>IDX 文件</translation>
    </message>
    <message>
        <source>image folder</source>
        <translation>图像文件夹</translation>
    </message>
    <message>
        <source>{name} ({kind})</source>
        <translation>{name}（{kind}）</translation>
    </message>
    <message>
        <source>Other file or folder…</source>
        <translation>其他文件或文件夹…</translation>
    </message>
    <message>
        <source>A NumPy file (.npz)…</source>
        <translation>NumPy 文件 (.npz)…</translation>
    </message>
    <message>
        <source>A folder of images or IDX files…</source>
        <translation>图像或 IDX 文件所在的文件夹…</translation>
    </message>
    <message>
        <source>Choose a dataset</source>
        <translation>选择数据集</translation>
    </message>
    <message>
        <source>NumPy files (*.npz)</source>
        <translation>NumPy 文件 (*.npz)</translation>
    </message>
    <message>
        <source>Choose a dataset folder</source>
        <translation>选择数据集文件夹</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>NetDesigner projects (*.ndproj)</source>
        <translation>NetDesigner 项目 (*.ndproj)</translation>
    </message>
    <message>
        <source>Keras models (*.keras)</source>
        <translation>Keras 模型 (*.keras)</translation>
    </message>
    <message>
        <source>Python scripts (*.py)</source>
        <translation>Python 脚本 (*.py)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>Save the changes to “{name}” first?
If you don&apos;t, they are lost.</source>
        <translation>先保存对“{name}”的更改吗？
如果不保存，这些更改将丢失。</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>未知时间</translation>
    </message>
    <message>
        <source>Restore unsaved work?</source>
        <translation>恢复未保存的工作？</translation>
    </message>
    <message>
        <source>NetDesigner did not close properly last time. Your work on “{name}” was autosaved at {when}.

Restore it? If you don&apos;t, the autosaved copy is deleted.</source>
        <translation>NetDesigner 上次没有正常关闭。你在“{name}”上的工作已于 {when} 自动保存。

要恢复吗？如果不恢复，自动保存的副本将被删除。</translation>
    </message>
    <message>
        <source>Restart NetDesigner?</source>
        <translation>重新启动 NetDesigner？</translation>
    </message>
    <message>
        <source>The panels already show the new language. The menus, tool bars and dialogs show it after NetDesigner restarts.

Restart now? You are asked about unsaved changes first.</source>
        <translation>各面板已经显示新语言。菜单、工具栏和对话框要在 NetDesigner 重新启动后才会显示新语言。

现在重新启动吗？如有未保存的更改，会先询问你。</translation>
    </message>
    <message>
        <source>Restart Now</source>
        <translation>立即重启</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>稍后</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>The design is locked while the network trains. Stop training to change it.</source>
        <translation>网络训练期间设计被锁定。停止训练后才能修改。</translation>
    </message>
    <message>
        <source>There is no layer type {name}.</source>
        <translation>没有名为 {name} 的层类型。</translation>
    </message>
    <message>
        <source>Add {layer} after {node}</source>
        <translation>在 {node} 之后添加{layer}</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete {node}</source>
        <translation>删除 {node}</translation>
    </message>
    <message>
        <source>Delete connection</source>
        <translation>删除连接</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <source>Paste {layer}</source>
        <translation>粘贴{layer}</translation>
    </message>
    <message>
        <source>Cannot apply a fix of kind {kind}.</source>
        <translation>无法应用类型为 {kind} 的修复。</translation>
    </message>
</context>
<context>
    <name>EditActions</name>
    <message>
        <source>Copied 1 layer</source>
        <translation>已复制 1 个层</translation>
    </message>
    <message>
        <source>Copied {count} layers</source>
        <translation>已复制 {count} 个层</translation>
    </message>
    <message>
        <source>The clipboard holds no layers to paste.</source>
        <translation>剪贴板中没有可粘贴的层。</translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <source>Problem with {setting}</source>
        <translation>{setting}有问题</translation>
    </message>
    <message>
        <source> Allowed: {bounds}.</source>
        <translation> 允许范围：{bounds}。</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>New network “{name}”</source>
        <translation>新网络“{name}”</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation>无法打开项目</translation>
    </message>
    <message>
        <source>“{name}” could not be opened.

{error}</source>
        <translation>无法打开“{name}”。

{error}</translation>
    </message>
    <message>
        <source>“{path}” could not be read: {reason}.</source>
        <translation>无法读取“{path}”：{reason}。</translation>
    </message>
    <message>
        <source>Opened {name}</source>
        <translation>已打开 {name}</translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>项目另存为</translation>
    </message>
    <message>
        <source>Cannot save project</source>
        <translation>无法保存项目</translation>
    </message>
    <message>
        <source>“{path}” could not be written: {reason}.

Your work is still open and unchanged; choose Save As to put it somewhere else.</source>
        <translation>无法写入“{path}”：{reason}。

你的工作仍然打开着且没有改变；请选择“另存为”保存到其他位置。</translation>
    </message>
    <message>
        <source>Saved {name}</source>
        <translation>已保存 {name}</translation>
    </message>
    <message>
        <source>Import Keras Model</source>
        <translation>导入 Keras 模型</translation>
    </message>
    <message>
        <source>Cannot import model</source>
        <translation>无法导入模型</translation>
    </message>
    <message>
        <source>“{name}” could not be imported.

{error}</source>
        <translation>无法导入“{name}”。

{error}</translation>
    </message>
    <message>
        <source>Imported {name}: save it to keep it as a project</source>
        <translation>已导入 {name}：保存后即成为一个项目</translation>
    </message>
    <message>
        <source>The network has problems; fix them first (see the Problems panel):

{problems}</source>
        <translation>网络存在问题，请先修复（见“问题”面板）：

{problems}</translation>
    </message>
    <message>
        <source>Cannot export a Python script</source>
        <translation>无法导出 Python 脚本</translation>
    </message>
    <message>
        <source>Export Python Script</source>
        <translation>导出 Python 脚本</translation>
    </message>
    <message>
        <source>Cannot export script</source>
        <translation>无法导出脚本</translation>
    </message>
    <message>
        <source>“{path}” could not be written: {reason}.</source>
        <translation>无法写入“{path}”：{reason}。</translation>
    </message>
    <message>
        <source>Exported {name}: run it with python {name}</source>
        <translation>已导出 {name}：用 python {name} 运行它</translation>
    </message>
    <message>
        <source>Cannot export a Keras model</source>
        <translation>无法导出 Keras 模型</translation>
    </message>
    <message>
        <source>A model is already being exported; wait for it to finish.</source>
        <translation>已有一个模型正在导出，请等待它完成。</translation>
    </message>
    <message>
        <source>Export Keras Model</source>
        <translation>导出 Keras 模型</translation>
    </message>
    <message>
        <source>Exporting {name} (building the model in Keras)…</source>
        <translation>正在导出 {name}（正在用 Keras 构建模型）…</translation>
    </message>
    <message>
        <source>Exported {name}</source>
        <translation>已导出 {name}</translation>
    </message>
    <message>
        <source>Cannot export model</source>
        <translation>无法导出模型</translation>
    </message>
    <message>
        <source>“{path}” could not be written:

{error}</source>
        <translation>无法写入“{path}”：

{error}</translation>
    </message>
</context>
<context>
    <name>KeyConnection</name>
    <message>
        <source>Choose a layer to connect to with Tab or the arrow keys.</source>
        <translation>用 Tab 或方向键选择要连接到的层。</translation>
    </message>
    <message>
        <source>Tab or arrows choose another · Esc cancels</source>
        <translation>Tab 或方向键换一个 · Esc 取消</translation>
    </message>
    <message>
        <source>Connecting from {source}: ✗ not to {target}: {error} {keys}</source>
        <translation>从 {source} 连接：✗ 不能连到 {target}：{error} {keys}</translation>
    </message>
    <message>
        <source>Connecting from {source}: ✓ Enter connects it to {target} · {keys}</source>
        <translation>从 {source} 连接：✓ 按 Enter 连接到 {target} · {keys}</translation>
    </message>
</context>
<context>
    <name>KeyboardSupport</name>
    <message>
        <source>&amp;Command Palette…</source>
        <translation>命令面板(&amp;C)…</translation>
    </message>
    <message>
        <source>Search every command and layer type by name, and run it</source>
        <translation>按名称搜索所有命令和层类型，并运行</translation>
    </message>
    <message>
        <source>&amp;Connect Selected Layer…</source>
        <translation>连接所选层(&amp;C)…</translation>
    </message>
    <message>
        <source>Draw a connection from the selected layer; choose the target with Tab or the arrows</source>
        <translation>从所选层引出一条连接；用 Tab 键或方向键选择目标</translation>
    </message>
    <message>
        <source>Go to &amp;Canvas</source>
        <translation>转到画布(&amp;C)</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the canvas (Esc in a panel does too)</source>
        <translation>将键盘焦点移到画布（在面板中按 Esc 也可以）</translation>
    </message>
    <message>
        <source>{node} has no settings to edit.</source>
        <translation>{node} 没有可编辑的设置。</translation>
    </message>
    <message>
        <source>Editing {node}: Tab moves between settings, Esc goes back to the canvas.</source>
        <translation>正在编辑 {node}：Tab 键在各设置之间切换，Esc 返回画布。</translation>
    </message>
</context>
<context>
    <name>LayerLabel</name>
    <message>
        <source>{title} ({type})</source>
        <translation>{title} ({type})</translation>
    </message>
    <message>
        <source>{low} and {high}</source>
        <translation>{low} 且 {high}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Layers</source>
        <translation>层</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>评估</translation>
    </message>
    <message>
        <source>Sketch</source>
        <translation>手写板</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <source>Start a new network from a template</source>
        <translation>从模板开始一个新网络</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a project file</source>
        <translation>打开项目文件</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save the project</source>
        <translation>保存项目</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>Save under a new name</source>
        <translation>用新名称保存</translation>
    </message>
    <message>
        <source>&amp;Import Keras Model…</source>
        <translation>导入 Keras 模型(&amp;I)…</translation>
    </message>
    <message>
        <source>Export &amp;Python Script…</source>
        <translation>导出 Python 脚本(&amp;P)…</translation>
    </message>
    <message>
        <source>Export &amp;Keras Model (.keras)…</source>
        <translation>导出 Keras 模型 (.keras)(&amp;K)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>剪切(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>创建副本(&amp;U)</translation>
    </message>
    <message>
        <source>Copy the selection in place</source>
        <translation>在原位复制所选内容</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the selection</source>
        <translation>删除所选内容</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <source>Find &amp;Layer</source>
        <translation>查找层(&amp;L)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>实际大小(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Fit to View</source>
        <translation>适合窗口(&amp;F)</translation>
    </message>
    <message>
        <source>Show the whole network</source>
        <translation>显示整个网络</translation>
    </message>
    <message>
        <source>Arrange &amp;Top to Bottom</source>
        <translation>从上到下排列(&amp;T)</translation>
    </message>
    <message>
        <source>Lay the graph out top to bottom</source>
        <translation>把网络图从上到下排列</translation>
    </message>
    <message>
        <source>&amp;About NetDesigner</source>
        <translation>关于 NetDesigner(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Train</source>
        <translation>训练(&amp;T)</translation>
    </message>
    <message>
        <source>Train the network on the canvas</source>
        <translation>训练画布上的网络</translation>
    </message>
    <message>
        <source>&amp;Pause / Resume</source>
        <translation>暂停 / 继续(&amp;P)</translation>
    </message>
    <message>
        <source>Pause or resume training</source>
        <translation>暂停或继续训练</translation>
    </message>
    <message>
        <source>&amp;Step One Batch</source>
        <translation>单步训练一个批量(&amp;S)</translation>
    </message>
    <message>
        <source>Run one batch, then pause</source>
        <translation>运行一个批量，然后暂停</translation>
    </message>
    <message>
        <source>St&amp;op</source>
        <translation>停止(&amp;O)</translation>
    </message>
    <message>
        <source>Stop after this batch</source>
        <translation>在这个批量之后停止</translation>
    </message>
    <message>
        <source>&amp;Reset Weights</source>
        <translation>重置权重(&amp;R)</translation>
    </message>
    <message>
        <source>Save Trained &amp;Model (.keras)…</source>
        <translation>保存训练好的模型 (.keras)(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Load Trained Model…</source>
        <translation>载入训练好的模型(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>面板(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>训练(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Main tool bar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>{name}[*] — NetDesigner</source>
        <translation>{name}[*] — NetDesigner</translation>
    </message>
    <message>
        <source>Clear Recent Files</source>
        <translation>清除最近文件列表</translation>
    </message>
</context>
<context>
    <name>NodeForm</name>
    <message>
        <source>{type} layer {id}</source>
        <translation>{type}层 {id}</translation>
    </message>
    <message>
        <source>{type} parameters</source>
        <translation>{type}的参数</translation>
    </message>
    <message>
        <source>This layer has no settings.</source>
        <translation>该层没有可设置的参数。</translation>
    </message>
    <message>
        <source>Output shape and parameter count</source>
        <translation>输出形状和参数数量</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Output shape: &lt;b&gt;{shape}&lt;/b&gt;</source>
        <translation>输出形状：&lt;b&gt;{shape}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Parameters: &lt;b&gt;{trainable}&lt;/b&gt; trainable, &lt;b&gt;{frozen}&lt;/b&gt; non-trainable</source>
        <translation>参数：&lt;b&gt;{trainable}&lt;/b&gt; 个可训练，&lt;b&gt;{frozen}&lt;/b&gt; 个不可训练</translation>
    </message>
    <message>
        <source>Error: {message}</source>
        <translation>错误：{message}</translation>
    </message>
    <message>
        <source>Warning: {message}</source>
        <translation>警告：{message}</translation>
    </message>
    <message>
        <source>Not changed: {reason}.</source>
        <translation>未更改：{reason}。</translation>
    </message>
</context>
<context>
    <name>NodeItem</name>
    <message>
        <source>28×28×1 image</source>
        <translation>28×28×1 图像</translation>
    </message>
    <message>
        <source>784 values, flat</source>
        <translation>784 个值，展平</translation>
    </message>
    <message>
        <source> · stride {n}</source>
        <translation> · 步长 {n}</translation>
    </message>
    <message>
        <source>rate {rate}</source>
        <translation>比例 {rate}</translation>
    </message>
    <message>
        <source>to {shape}</source>
        <translation>变为 {shape}</translation>
    </message>
    <message>
        <source>Drag from here to an input port to connect</source>
        <translation>从这里拖到一个输入端口即可连接</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>{count} params</source>
        <translation>{count} 个参数</translation>
    </message>
    <message>
        <source>no weights</source>
        <translation>无权重</translation>
    </message>
    <message>
        <source>Output shape: {shape} · {params}</source>
        <translation>输出形状：{shape} · {params}</translation>
    </message>
    <message>
        <source>Error: {message}</source>
        <translation>错误：{message}</translation>
    </message>
    <message>
        <source>Warning: {message}</source>
        <translation>警告：{message}</translation>
    </message>
</context>
<context>
    <name>Palette</name>
    <message>
        <source>Search layers</source>
        <translation>搜索层</translation>
    </message>
    <message>
        <source>Filters the layer types by name and description; Escape clears.</source>
        <translation>按名称和说明筛选层类型；按 Esc 清除。</translation>
    </message>
    <message>
        <source>Layer types</source>
        <translation>层类型</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>Cannot restart</source>
        <translation>无法重新启动</translation>
    </message>
    <message>
        <source>NetDesigner could not start again by itself. Start it again to see the new language.</source>
        <translation>NetDesigner 无法自动重新启动。请手动再次启动它以显示新语言。</translation>
    </message>
    <message>
        <source>The menus change to the new language the next time NetDesigner starts.</source>
        <translation>下次启动 NetDesigner 时，菜单将切换为新语言。</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>首选项(&amp;F)…</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L):</translation>
    </message>
    <message>
        <source>Panels change at once. Menus, tool bars and dialogs change when NetDesigner restarts; you can restart now or later.</source>
        <translation>各面板会立即切换。菜单、工具栏和对话框在 NetDesigner 重新启动后切换；你可以现在或稍后重启。</translation>
    </message>
</context>
<context>
    <name>ProblemRow</name>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Error: {message}</source>
        <translation>错误：{message}</translation>
    </message>
    <message>
        <source>Warning: {message}</source>
        <translation>警告：{message}</translation>
    </message>
    <message>
        <source>{kind}. Click to select {node} on the canvas.</source>
        <translation>{kind}。点击可在画布上选中 {node}。</translation>
    </message>
    <message>
        <source>{fix} (undo with Ctrl+Z)</source>
        <translation>{fix}（可用 Ctrl+Z 撤销）</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>The canvas is empty: add an Input layer to begin.</source>
        <translation>画布是空的：先添加一个输入层。</translation>
    </message>
    <message>
        <source>✗ {errors} to fix before training (and {warnings})</source>
        <translation>✗ 训练前需要修复 {errors}（另有 {warnings}）</translation>
    </message>
    <message>
        <source>✗ {errors} to fix before training</source>
        <translation>✗ 训练前需要修复 {errors}</translation>
    </message>
    <message>
        <source>✓ Ready to train, with {warnings}</source>
        <translation>✓ 可以训练，但有 {warnings}</translation>
    </message>
    <message>
        <source>✓ No problems: the network is ready to train</source>
        <translation>✓ 没有问题：网络可以训练了</translation>
    </message>
    <message>
        <source>Could not apply “{fix}”: {error}</source>
        <translation>无法应用“{fix}”：{error}</translation>
    </message>
    <message>
        <source>1 error</source>
        <translation>1 个错误</translation>
    </message>
    <message>
        <source>{count} errors</source>
        <translation>{count} 个错误</translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>1 个警告</translation>
    </message>
    <message>
        <source>{count} warnings</source>
        <translation>{count} 个警告</translation>
    </message>
</context>
<context>
    <name>Properties</name>
    <message>
        <source>Training is running, so the design is locked. Stop training to change it.</source>
        <translation>正在训练，因此设计已锁定。停止训练后才能修改。</translation>
    </message>
    <message>
        <source>Type 1 to 3 whole numbers separated by commas, e.g. 28, 28, 1 (one of them may be -1).</source>
        <translation>请输入 1 到 3 个用逗号分隔的整数，例如 28, 28, 1（其中一个可以是 -1）。</translation>
    </message>
    <message>
        <source>Enter a value {bounds}.</source>
        <translation>请输入 {bounds} 的值。</translation>
    </message>
    <message>
        <source>The previous value is kept.</source>
        <translation>保留原来的值。</translation>
    </message>
</context>
<context>
    <name>PropertiesPanel</name>
    <message>
        <source>Selected layers</source>
        <translation>选中的层</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>还有 {count} 个</translation>
    </message>
    <message>
        <source>{count} layers selected</source>
        <translation>选中了 {count} 个层</translation>
    </message>
    <message>
        <source>Select one layer to edit its settings, or click the empty canvas for the training settings.</source>
        <translation>选中一个层可编辑它的设置；点击画布空白处可查看训练设置。</translation>
    </message>
</context>
<context>
    <name>ShapeEditor</name>
    <message>
        <source>e.g. 28, 28, 1</source>
        <translation>例如 28, 28, 1</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Locked while training</source>
        <translation>训练中已锁定</translation>
    </message>
    <message>
        <source>The design cannot be edited until training stops</source>
        <translation>训练停止前无法编辑设计</translation>
    </message>
    <message>
        <source>Trainable and total parameters of the network</source>
        <translation>网络的可训练参数和参数总数</translation>
    </message>
    <message>
        <source>Rough memory needed to train: weights, gradients, optimizer state and one batch of activations</source>
        <translation>训练大约需要的内存：权重、梯度、优化器状态和一个批量的激活值</translation>
    </message>
    <message>
        <source>Engine: not loaded</source>
        <translation>引擎：未加载</translation>
    </message>
    <message>
        <source>TensorFlow loads in the background; designing never waits for it</source>
        <translation>TensorFlow 在后台加载；设计网络时无需等待</translation>
    </message>
    <message>
        <source>Parameters: {total} ({trainable} trainable)</source>
        <translation>参数：{total}（{trainable} 个可训练）</translation>
    </message>
    <message>
        <source>Parameters: {total}</source>
        <translation>参数：{total}</translation>
    </message>
    <message>
        <source>Training memory ≈ {size}</source>
        <translation>训练内存 ≈ {size}</translation>
    </message>
    <message>
        <source>{locked} · loss {loss} · accuracy {accuracy}</source>
        <translation>{locked} · 损失 {loss} · 准确率 {accuracy}</translation>
    </message>
    <message>
        <source>Engine: loading TensorFlow…</source>
        <translation>引擎：正在加载 TensorFlow…</translation>
    </message>
    <message>
        <source>Engine: ready (Keras {version})</source>
        <translation>引擎：就绪（Keras {version}）</translation>
    </message>
    <message>
        <source>Engine: failed to load</source>
        <translation>引擎：加载失败</translation>
    </message>
    <message>
        <source>TensorFlow could not be loaded: {error}</source>
        <translation>无法加载 TensorFlow：{error}</translation>
    </message>
</context>
<context>
    <name>TargetMark</name>
    <message>
        <source>✓ Enter connects here</source>
        <translation>✓ 按 Enter 连接到这里</translation>
    </message>
    <message>
        <source>✗ cannot connect here</source>
        <translation>✗ 无法连接到这里</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <source>New Network</source>
        <translation>新建网络</translation>
    </message>
    <message>
        <source>Start from a template, or from an empty canvas:</source>
        <translation>从模板开始，或从空白画布开始：</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Empty canvas</source>
        <translation>空白画布</translation>
    </message>
    <message>
        <source>Build a network from scratch: drag layers from the palette.</source>
        <translation>从零开始构建网络：从层面板拖入各层。</translation>
    </message>
    <message>
        <source>{name}  ·  {count} parameters</source>
        <translation>{name}  ·  {count} 个参数</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
</context>
<context>
    <name>TrainingForm</name>
    <message>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>How the network learns. Select a layer on the canvas to edit the layer.</source>
        <translation>网络如何学习。在画布上选中一个层即可编辑该层。</translation>
    </message>
    <message>
        <source>Full batch</source>
        <translation>全批量</translation>
    </message>
    <message>
        <source>Batch gradient descent: one update per epoch over the whole training set. Untick for mini-batch gradient descent with the batch size beside it.</source>
        <translation>批量梯度下降：每个轮次在整个训练集上只更新一次。取消勾选则按旁边的批量大小进行小批量梯度下降。</translation>
    </message>
    <message>
        <source>Full batch (batch gradient descent)</source>
        <translation>全批量（批量梯度下降）</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Project name</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <source>Project description</source>
        <translation>项目说明</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Not changed: {reason}.</source>
        <translation>未更改：{reason}。</translation>
    </message>
</context>
<context>
    <name>UndoCommand</name>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Add {layer}</source>
        <translation>添加{layer}</translation>
    </message>
    <message>
        <source>Delete {node}</source>
        <translation>删除 {node}</translation>
    </message>
    <message>
        <source>Connect {source} to {target}</source>
        <translation>将 {source} 连接到 {target}</translation>
    </message>
    <message>
        <source>Disconnect {source} from {target}</source>
        <translation>断开 {source} 到 {target} 的连接</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>移动</translation>
    </message>
    <message>
        <source>Move {node}</source>
        <translation>移动 {node}</translation>
    </message>
    <message>
        <source>Change {setting} of {node}</source>
        <translation>修改 {node} 的{setting}</translation>
    </message>
    <message>
        <source>Change {setting}</source>
        <translation>修改{setting}</translation>
    </message>
    <message>
        <source>Change project details</source>
        <translation>修改项目信息</translation>
    </message>
</context>
</TS>
