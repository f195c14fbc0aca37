<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>GuideWindow</name>
    <message>
        <source>NetDesigner User Guide</source>
        <translation>NetDesigner 用户指南</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Back to the top of the guide</source>
        <translation>回到指南开头</translation>
    </message>
    <message>
        <source>Find in the guide (Enter for the next match)</source>
        <translation>在指南中查找（按 Enter 查找下一处）</translation>
    </message>
    <message>
        <source>Find in the guide</source>
        <translation>在指南中查找</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>用户指南</translation>
    </message>
    <message>
        <source>The user guide could not be read from {path}: {reason}</source>
        <translation>无法从 {path} 读取用户指南：{reason}</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
</context>
<context>
    <name>UserGuide</name>
    <message>
        <source>&amp;User Guide…</source>
        <translation>用户指南(&amp;U)…</translation>
    </message>
    <message>
        <source>Read how to use every part of NetDesigner, with pictures</source>
        <translation>图文并茂地了解 NetDesigner 各部分的用法</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
</context>
</TS>
