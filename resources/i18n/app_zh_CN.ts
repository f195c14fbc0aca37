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
    <name>CanvasView</name>
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
    <name>CommandPalette</name>
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
        <source>Panels change at once; menus and tool bars change the next time NetDesigner starts.</source>
        <translation>面板立即切换；菜单和工具栏在下次启动 NetDesigner 时切换。</translation>
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
    <name>window</name>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>首选项(&amp;F)…</translation>
    </message>
</context>
</TS>
