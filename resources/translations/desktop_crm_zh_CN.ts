<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/about.py" line="26"/>
        <source>About Desktop CRM</source>
        <translation>关于桌面客户管理</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/about.py" line="27"/>
        <source>Desktop CRM %1</source>
        <translation>桌面客户管理 %1</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/about.py" line="30"/>
        <source>Your data: %1</source>
        <translation>您的数据：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/about.py" line="33"/>
        <source>Built with</source>
        <translation>使用的组件</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/about.py" line="33"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/about.py" line="33"/>
        <source>Licence</source>
        <translation>许可证</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <location filename="../../desktop_crm/ui/visits/pane.py" line="57"/>
        <source>fixed</source>
        <translation>固定</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/pane.py" line="67"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/pane.py" line="68"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/pane.py" line="69"/>
        <source>Purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/pane.py" line="70"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>AttentionDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/sync/widgets.py" line="354"/>
        <source>Discard the change</source>
        <translation>放弃这项更改</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/sync/widgets.py" line="356"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/sync/widgets.py" line="362"/>
        <source>Nothing needs attention: the server took every change.</source>
        <translation>没有需要处理的更改：服务器已接受全部更改。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/sync/widgets.py" line="363"/>
        <source>The server refused these changes; the others went through.</source>
        <translation>服务器拒绝了这些更改；其余更改已同步。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/sync/widgets.py" line="357"/>
        <source>Needs attention</source>
        <translation>需要处理</translation>
    </message>
</context>
<context>
    <name>AttentionModel</name>
    <message>
        <location filename="../../desktop_crm/ui/sync/widgets.py" line="341"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/sync/widgets.py" line="342"/>
        <source>Change</source>
        <translation>更改</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/sync/widgets.py" line="343"/>
        <source>Why the server refused it</source>
        <translation>服务器拒绝的原因</translation>
    </message>
</context>
<context>
    <name>CaptureWindow</name>
    <message>
        <location filename="../../desktop_crm/ui/leads/capture.py" line="168"/>
        <source>Capture leads: %1</source>
        <translation>采集线索：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/capture.py" line="170"/>
        <source>&amp;Scan or paste</source>
        <translation>扫描或粘贴(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/capture.py" line="170"/>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/capture.py" line="171"/>
        <source>&amp;Title</source>
        <translation>职务(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/capture.py" line="171"/>
        <source>&amp;Phone</source>
        <translation>电话(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/capture.py" line="171"/>
        <source>&amp;E-mail</source>
        <translation>邮箱(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/capture.py" line="172"/>
        <source>C&amp;ity</source>
        <translation>城市(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/capture.py" line="172"/>
        <source>Pro&amp;vince</source>
        <translation>省份(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/capture.py" line="172"/>
        <source>&amp;Rating</source>
        <translation>热度(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/capture.py" line="170"/>
        <source>Co&amp;mpany</source>
        <translation>公司(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/capture.py" line="173"/>
        <source>N&amp;otes</source>
        <translation>备注(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/capture.py" line="173"/>
        <source>Pro&amp;ducts of interest</source>
        <translation>感兴趣的产品(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/capture.py" line="174"/>
        <source>May we &amp;contact them?</source>
        <translation>是否同意联系(&amp;C)？</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/capture.py" line="178"/>
        <source>Scan a badge or business card, or paste a vCard</source>
        <translation>扫描胸卡或名片，或粘贴 vCard</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/capture.py" line="179"/>
        <source>Products they asked about</source>
        <translation>对方询问的产品</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/capture.py" line="180"/>
        <source>e.g. 138 1234 5678</source>
        <translation>例如 138 1234 5678</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/capture.py" line="182"/>
        <source>Warm</source>
        <translation>温</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/capture.py" line="182"/>
        <source>Hot</source>
        <translation>热</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/capture.py" line="182"/>
        <source>Cold</source>
        <translation>冷</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/capture.py" line="183"/>
        <source>— ask them —</source>
        <translation>— 请询问对方 —</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/capture.py" line="183"/>
        <source>Yes</source>
        <translation>同意</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/capture.py" line="183"/>
        <source>No</source>
        <translation>不同意</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/capture.py" line="190"/>
        <source>Save and next (Enter)</source>
        <translation>保存并下一位（回车）</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/capture.py" line="192"/>
        <source>Already known?</source>
        <translation>是否已认识？</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/capture.py" line="193"/>
        <source>This is them (Ctrl+T)</source>
        <translation>就是此人（Ctrl+T）</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/capture.py" line="194"/>
        <source>Last leads (Enter to correct)</source>
        <translation>最近的线索（回车可修改）</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/capture.py" line="297"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/capture.py" line="297"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/capture.py" line="297"/>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/capture.py" line="298"/>
        <source>Rating</source>
        <translation>热度</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/capture.py" line="298"/>
        <source>Consent to be contacted</source>
        <translation>是否同意联系</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/capture.py" line="323"/>
        <source>Not a card this app can read: it is kept with the lead as scanned.</source>
        <translation>无法识别的名片内容：已按原样保存在线索中。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/capture.py" line="330"/>
        <source>Filled from the scan: check it, then rate and ask about contact.</source>
        <translation>已根据扫描填写：请核对，然后选择热度并询问是否同意联系。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/capture.py" line="342"/>
        <source>No camera found: scan with a handheld scanner, or paste.</source>
        <translation>未找到摄像头：请用扫码枪扫描，或粘贴内容。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/capture.py" line="355"/>
        <source>Hold the badge&apos;s QR code up to the camera.</source>
        <translation>请把胸卡上的二维码对准摄像头。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/capture.py" line="371"/>
        <source>Stop camera (F2)</source>
        <translation>关闭摄像头（F2）</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/capture.py" line="371"/>
        <source>Camera (F2)</source>
        <translation>摄像头（F2）</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/capture.py" line="401"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/capture.py" line="402"/>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/capture.py" line="403"/>
        <source>Earlier lead</source>
        <translation>以前的线索</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/capture.py" line="405"/>
        <source>same phone</source>
        <translation>电话相同</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/capture.py" line="405"/>
        <source>same e-mail</source>
        <translation>邮箱相同</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/capture.py" line="405"/>
        <source>same name</source>
        <translation>姓名相同</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/capture.py" line="406"/>
        <source>same company</source>
        <translation>公司相同</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/capture.py" line="434"/>
        <source>Will be linked to %1 (no new customer).</source>
        <translation>将关联到 %1（不新建客户）。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/leads/capture.py" line="449"/>
        <source>%n lead(s) today at this event</source>
        <translation>
            <numerusform>本活动今天已采集 %n 条线索</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/capture.py" line="479"/>
        <source>Correcting a saved lead: Enter saves the change.</source>
        <translation>正在修改已保存的线索：回车保存修改。</translation>
    </message>
</context>
<context>
    <name>Changes</name>
    <message>
        <location filename="../../desktop_crm/ui/sync/changes.py" line="53"/>
        <source>Order %1, %2</source>
        <translation>订单 %1，%2</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/sync/changes.py" line="65"/>
        <source>(no longer on this laptop)</source>
        <translation>（已不在这台电脑上）</translation>
    </message>
</context>
<context>
    <name>ChangesDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/sync/changes.py" line="160"/>
        <source>Changes to send</source>
        <translation>待发送的更改</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/sync/changes.py" line="161"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/sync/changes.py" line="168"/>
        <source>%n change(s) made on this laptop wait for the next sync, grouped by record.</source>
        <translation>
            <numerusform>这台电脑上的 %n 项更改等待下次同步，按记录分组。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/sync/changes.py" line="173"/>
        <source>Nothing to send: every change made on this laptop has reached the server.</source>
        <translation>没有待发送的更改：这台电脑上的所有更改都已送达服务器。</translation>
    </message>
</context>
<context>
    <name>CompleteVisitDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/visits/dialogs.py" line="89"/>
        <source>Next visit on</source>
        <translation>下次拜访日期</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/dialogs.py" line="93"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/dialogs.py" line="94"/>
        <source>Summary</source>
        <translation>纪要</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/dialogs.py" line="95"/>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/dialogs.py" line="96"/>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/dialogs.py" line="101"/>
        <source>Visit report: %1</source>
        <translation>拜访报告：%1</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <location filename="../../desktop_crm/ui/sync/widgets.py" line="203"/>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/sync/widgets.py" line="285"/>
        <source>Keep the kept value</source>
        <translation>保留当前值</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/sync/widgets.py" line="286"/>
        <source>Use the other value</source>
        <translation>改用另一个值</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/sync/widgets.py" line="289"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/sync/widgets.py" line="302"/>
        <source>No conflicts to review: nothing clashed, or every clash is settled.</source>
        <translation>没有待处理的冲突：没有发生冲突，或冲突都已处理。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/sync/widgets.py" line="303"/>
        <source>Both sides changed these fields; the later change was kept.</source>
        <translation>双方都修改了这些字段；已保留较晚的修改。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/sync/widgets.py" line="290"/>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
</context>
<context>
    <name>ConflictsModel</name>
    <message>
        <location filename="../../desktop_crm/ui/sync/widgets.py" line="224"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/sync/widgets.py" line="224"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/sync/widgets.py" line="224"/>
        <source>Kept</source>
        <translation>保留的值</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/sync/widgets.py" line="225"/>
        <source>Other value</source>
        <translation>另一个值</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/sync/widgets.py" line="225"/>
        <source>Kept value by</source>
        <translation>保留值的修改人</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/sync/widgets.py" line="226"/>
        <source>Other value by</source>
        <translation>另一个值的修改人</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/sync/widgets.py" line="226"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/contacts/dialog.py" line="36"/>
        <source>Primary contact at this customer</source>
        <translation>该客户的主要联系人</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/dialog.py" line="49"/>
        <source>e.g. 010 6555 1234</source>
        <translation>例如 010 6555 1234</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/dialog.py" line="50"/>
        <source>e.g. 138 1234 5678</source>
        <translation>例如 138 1234 5678</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/dialog.py" line="51"/>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/dialog.py" line="54"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/dialog.py" line="55"/>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/dialog.py" line="56"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/dialog.py" line="57"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/dialog.py" line="58"/>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/dialog.py" line="59"/>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/dialog.py" line="60"/>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/dialog.py" line="67"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/dialog.py" line="76"/>
        <source>Edit contact person</source>
        <translation>编辑联系人</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/dialog.py" line="76"/>
        <source>New contact person</source>
        <translation>新建联系人</translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <location filename="../../desktop_crm/ui/contacts/model.py" line="45"/>
        <source>Primary contact</source>
        <translation>主要联系人</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/model.py" line="51"/>
        <source>Mobile: %1
Phone: %2</source>
        <translation>手机：%1
电话：%2</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/model.py" line="59"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/model.py" line="60"/>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/model.py" line="61"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/model.py" line="62"/>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/model.py" line="63"/>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
</context>
<context>
    <name>ContactsPane</name>
    <message>
        <location filename="../../desktop_crm/ui/contacts/pane.py" line="89"/>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/pane.py" line="90"/>
        <source>Add a contact person at this customer</source>
        <translation>为该客户添加联系人</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/pane.py" line="91"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/pane.py" line="92"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/pane.py" line="130"/>
        <source>Select a customer to see their contact persons</source>
        <translation>选择客户以查看其联系人</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/pane.py" line="132"/>
        <source>No contact persons at %1 yet</source>
        <translation>%1 还没有联系人</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/pane.py" line="134"/>
        <source>Contact persons at %1</source>
        <translation>%1 的联系人</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/pane.py" line="170"/>
        <source>Delete contact person</source>
        <translation>删除联系人</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/pane.py" line="171"/>
        <source>Delete %1 from the contact persons? Their contact history stays.</source>
        <translation>从联系人中删除 %1？其联系记录将保留。</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/customers/dialog.py" line="53"/>
        <source>Computed from revenue</source>
        <translation>按收入自动计算</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/dialog.py" line="58"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/dialog.py" line="59"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/dialog.py" line="60"/>
        <source>E-mail</source>
        <translation>邮件</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/dialog.py" line="61"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/dialog.py" line="62"/>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/dialog.py" line="63"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/dialog.py" line="68"/>
        <source>Relationship</source>
        <translation>关系</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/dialog.py" line="70"/>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/dialog.py" line="76"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/dialog.py" line="84"/>
        <source>Edit customer</source>
        <translation>编辑客户</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/dialog.py" line="84"/>
        <source>New customer</source>
        <translation>新建客户</translation>
    </message>
</context>
<context>
    <name>CustomerList</name>
    <message>
        <location filename="../../desktop_crm/ui/customers/model.py" line="164"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/model.py" line="165"/>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/model.py" line="166"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/model.py" line="167"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/model.py" line="168"/>
        <source>Relationship</source>
        <translation>关系</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/model.py" line="169"/>
        <source>Revenue, 12 months</source>
        <translation>近12个月收入</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/model.py" line="170"/>
        <source>Last contact</source>
        <translation>最近联系</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/model.py" line="171"/>
        <source>Follow-up due</source>
        <translation>回访到期</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/model.py" line="172"/>
        <source>Segment</source>
        <translation>细分</translation>
    </message>
</context>
<context>
    <name>CustomerListModel</name>
    <message>
        <location filename="../../desktop_crm/ui/customers/model.py" line="103"/>
        <source>Tier set by hand</source>
        <translation>手动设定的等级</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/model.py" line="105"/>
        <source>Overdue for a follow-up</source>
        <translation>跟进已逾期</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/model.py" line="127"/>
        <source>now</source>
        <translation>尽快</translation>
    </message>
</context>
<context>
    <name>CustomersPane</name>
    <message>
        <location filename="../../desktop_crm/ui/customers/pane.py" line="164"/>
        <source>Search name, city, phone, e-mail or pinyin (bjhl)…</source>
        <translation>搜索名称、城市、电话、邮箱或拼音（如 bjhl）…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/pane.py" line="165"/>
        <source>All tiers</source>
        <translation>全部等级</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/pane.py" line="166"/>
        <source>Tier %1</source>
        <translation>%1类客户</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/pane.py" line="169"/>
        <source>All stages</source>
        <translation>全部阶段</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/pane.py" line="171"/>
        <source>All relationships</source>
        <translation>全部关系</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/pane.py" line="175"/>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/pane.py" line="176"/>
        <source>Overdue only</source>
        <translation>仅看逾期回访</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/pane.py" line="177"/>
        <location filename="../../desktop_crm/ui/customers/pane.py" line="399"/>
        <source>Showing: %1</source>
        <translation>显示：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/pane.py" line="178"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/pane.py" line="211"/>
        <source>All places</source>
        <translation>全部地区</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/pane.py" line="226"/>
        <source>All owners</source>
        <translation>全部负责人</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/pane.py" line="228"/>
        <source>Not assigned yet</source>
        <translation>尚未分配</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/pane.py" line="287"/>
        <source>Loading demo data…</source>
        <translation>正在加载演示数据…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/pane.py" line="318"/>
        <source>Delete customer</source>
        <translation>删除客户</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/pane.py" line="319"/>
        <source>Delete %1 and their contact persons? Their history stays.</source>
        <translation>删除 %1 及其联系人？联系历史会保留。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/customers/pane.py" line="380"/>
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n 个客户</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardPane</name>
    <message>
        <location filename="../../desktop_crm/ui/dashboard/pane.py" line="134"/>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dashboard/pane.py" line="134"/>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dashboard/pane.py" line="135"/>
        <source>This quarter</source>
        <translation>本季度</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dashboard/pane.py" line="135"/>
        <source>This year</source>
        <translation>今年</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dashboard/pane.py" line="136"/>
        <source>From … to …</source>
        <translation>自定义…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dashboard/pane.py" line="140"/>
        <source>First day</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dashboard/pane.py" line="141"/>
        <source>Last day</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dashboard/pane.py" line="142"/>
        <source>Where the revenue is</source>
        <translation>收入来自哪里</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dashboard/pane.py" line="142"/>
        <source>Customer segments (RFM)</source>
        <translation>客户细分（RFM）</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dashboard/pane.py" line="142"/>
        <source>Lifecycle</source>
        <translation>生命周期</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dashboard/pane.py" line="143"/>
        <source>Follow-up discipline</source>
        <translation>跟进执行情况</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dashboard/pane.py" line="143"/>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dashboard/pane.py" line="143"/>
        <source>Events</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dashboard/pane.py" line="146"/>
        <source>Overdue follow-ups by tier</source>
        <translation>各等级逾期回访</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dashboard/pane.py" line="147"/>
        <source>Visits per week: planned and done</source>
        <translation>每周拜访：计划与完成</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dashboard/pane.py" line="153"/>
        <location filename="../../desktop_crm/ui/dashboard/pane.py" line="201"/>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dashboard/pane.py" line="219"/>
        <source>The figures could not be computed: %1</source>
        <translation>无法计算数据：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dashboard/pane.py" line="229"/>
        <source>%1 to %2 · amounts in %3 · click a bar, slice or underlined figure to list its customers</source>
        <translation>%1 至 %2 · 金额单位 %3 · 点击柱形、扇区或带下划线的数字可列出对应客户</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dashboard/pane.py" line="240"/>
        <source>Click an event to list the customers its leads became.</source>
        <translation>点击活动，列出其线索转化成的客户。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dashboard/pane.py" line="242"/>
        <source>No events in the period.</source>
        <translation>本期没有活动。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/dashboard/pane.py" line="252"/>
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n 个客户</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dashboard/pane.py" line="260"/>
        <source>%1 of %2 customers (%3%) bring 80% of the revenue of %4 %5.</source>
        <translation>%2 个客户中的 %1 个（%3%）带来了 %4 %5 收入的 80%。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dashboard/pane.py" line="270"/>
        <source>%1: %2, %3% of the revenue (%4 %5)</source>
        <translation>%1：%2，占收入 %3%（%4 %5）</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dashboard/pane.py" line="281"/>
        <location filename="../../desktop_crm/ui/dashboard/pane.py" line="392"/>
        <source>Tier changed in the period: %1</source>
        <translation>本期等级变化：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dashboard/pane.py" line="283"/>
        <source>No customer changed tier in the period.</source>
        <translation>本期没有客户等级变化。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dashboard/pane.py" line="307"/>
        <source>Tier %1: %2, click to list them</source>
        <translation>%1 级：%2，点击列出</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dashboard/pane.py" line="314"/>
        <source>By how recently, how often and how much they ordered</source>
        <translation>按最近一次下单、下单频率和金额</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dashboard/pane.py" line="316"/>
        <source>No segments yet: they are ranked from the customers&apos; orders.</source>
        <translation>尚无细分：根据客户订单排名。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dashboard/pane.py" line="320"/>
        <location filename="../../desktop_crm/ui/dashboard/pane.py" line="327"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dashboard/pane.py" line="321"/>
        <source>RFM: %1</source>
        <translation>RFM：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dashboard/pane.py" line="328"/>
        <source>Lifecycle: %1</source>
        <translation>生命周期：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dashboard/pane.py" line="335"/>
        <source>Moves in the period: %1</source>
        <translation>本期变化：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dashboard/pane.py" line="337"/>
        <source>No moves in the period.</source>
        <translation>本期没有变化。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dashboard/pane.py" line="344"/>
        <source>%1 days on average since the last contact with an A customer</source>
        <translation>A 级客户平均 %1 天未联系</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dashboard/pane.py" line="347"/>
        <location filename="../../desktop_crm/ui/dashboard/pane.py" line="387"/>
        <source>Tier %1</source>
        <translation>%1 级</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dashboard/pane.py" line="348"/>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dashboard/pane.py" line="349"/>
        <source>Overdue follow-up: %1</source>
        <translation>逾期回访：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dashboard/pane.py" line="352"/>
        <source>Planned</source>
        <translation>计划</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dashboard/pane.py" line="353"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dashboard/pane.py" line="365"/>
        <source>Satisfaction: %1</source>
        <translation>满意度：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dashboard/pane.py" line="370"/>
        <source>%1 with satisfaction falling</source>
        <translation>%1 个满意度下降</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dashboard/pane.py" line="372"/>
        <source>%1 with a complaint open</source>
        <translation>%1 个投诉未处理</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/dashboard/pane.py" line="376"/>
        <source>%1: %n customer(s), click to list them</source>
        <translation>
            <numerusform>%1：%n 个客户，点击列出</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dashboard/pane.py" line="395"/>
        <source>Satisfaction falling</source>
        <translation>满意度下降</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dashboard/pane.py" line="397"/>
        <source>Complaint open, no contact since</source>
        <translation>投诉未处理，之后未联系</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dashboard/pane.py" line="402"/>
        <source>Leads converted at %1</source>
        <translation>在 %1 转化的线索</translation>
    </message>
</context>
<context>
    <name>DashboardReport</name>
    <message>
        <location filename="../../desktop_crm/ui/dashboard/report.py" line="54"/>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dashboard/report.py" line="56"/>
        <source>Print the period&apos;s figures, or save them as PDF</source>
        <translation>打印本期数据，或另存为 PDF</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dashboard/report.py" line="58"/>
        <source>Print the figures…</source>
        <translation>打印数据…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dashboard/report.py" line="59"/>
        <source>Save the figures as PDF…</source>
        <translation>将数据另存为 PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dashboard/report.py" line="68"/>
        <source>Figures saved to %1</source>
        <translation>数据已保存到 %1</translation>
    </message>
</context>
<context>
    <name>Duplicates</name>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/dialog.py" line="34"/>
        <source>Same phone</source>
        <translation>电话相同</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/dialog.py" line="35"/>
        <source>Same e-mail</source>
        <translation>邮箱相同</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/dialog.py" line="36"/>
        <source>Similar name</source>
        <translation>名称相近</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/dialog.py" line="154"/>
        <source>Duplicate customers</source>
        <translation>重复客户</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/dialog.py" line="157"/>
        <source>Customers that look like the same one: the same phone or e-mail, or a similar name (full-width and traditional characters included). Merge them, or say they are not duplicates.</source>
        <translation>看起来是同一家的客户：电话或邮箱相同，或名称相近（包括全角字符和繁体字）。可以合并，或标为不是重复。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/dialog.py" line="161"/>
        <source>Not a duplicate</source>
        <translation>不是重复</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/dialog.py" line="162"/>
        <source>Two different customers: never list this pair again</source>
        <translation>这是两个不同的客户：不再列出这一对</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/dialog.py" line="163"/>
        <source>Merge…</source>
        <translation>合并…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/dialog.py" line="164"/>
        <source>Search again</source>
        <translation>重新查找</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/dialog.py" line="165"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/dialog.py" line="186"/>
        <location filename="../../desktop_crm/ui/duplicates/dialog.py" line="205"/>
        <source>Looking for duplicate customers…</source>
        <translation>正在查找重复客户…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/dialog.py" line="207"/>
        <source>The search was stopped.</source>
        <translation>查找已停止。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/dialog.py" line="211"/>
        <source>No duplicate customers found.</source>
        <translation>没有找到重复客户。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/duplicates/dialog.py" line="213"/>
        <source>The %n surest pair(s) of possible duplicates.</source>
        <translation>
            <numerusform>最可能重复的 %n 对客户。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/duplicates/dialog.py" line="215"/>
        <source>%n pair(s) of possible duplicates.</source>
        <translation>
            <numerusform>%n 对可能重复的客户。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/timeline/dialog.py" line="56"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/timeline/dialog.py" line="57"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/timeline/dialog.py" line="58"/>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/timeline/dialog.py" line="59"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/timeline/dialog.py" line="60"/>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/timeline/dialog.py" line="77"/>
        <source>Edit entry</source>
        <translation>编辑记录</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/timeline/dialog.py" line="79"/>
        <source>New entry</source>
        <translation>新建记录</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/leads/pane.py" line="52"/>
        <source>Nobody yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/pane.py" line="56"/>
        <source>Trade show</source>
        <translation>展会</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/pane.py" line="56"/>
        <source>Product launch</source>
        <translation>产品发布会</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/pane.py" line="57"/>
        <source>Seminar</source>
        <translation>研讨会</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/pane.py" line="74"/>
        <location filename="../../desktop_crm/ui/leads/pane.py" line="110"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/pane.py" line="74"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/pane.py" line="74"/>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/pane.py" line="75"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/pane.py" line="75"/>
        <source>From</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/pane.py" line="75"/>
        <location filename="../../desktop_crm/ui/leads/pane.py" line="110"/>
        <source>To</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/pane.py" line="76"/>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/pane.py" line="76"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/pane.py" line="77"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/pane.py" line="88"/>
        <source>New event</source>
        <translation>新建活动</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/pane.py" line="88"/>
        <source>Edit event</source>
        <translation>编辑活动</translation>
    </message>
</context>
<context>
    <name>EventsModel</name>
    <message>
        <location filename="../../desktop_crm/ui/dashboard/events.py" line="53"/>
        <source>%1: list the customers its leads became</source>
        <translation>%1：列出其线索转化成的客户</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dashboard/events.py" line="72"/>
        <source>Event</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dashboard/events.py" line="73"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dashboard/events.py" line="74"/>
        <source>Leads</source>
        <translation>线索</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dashboard/events.py" line="75"/>
        <source>Converted</source>
        <translation>已转化</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dashboard/events.py" line="76"/>
        <source>Revenue (%1)</source>
        <translation>收入（%1）</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/dashboard/events.py" line="77"/>
        <source>Cost per lead (%1)</source>
        <translation>每条线索成本（%1）</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../desktop_crm/ui/exporting/__init__.py" line="27"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/__init__.py" line="28"/>
        <source>CSV for Excel, UTF-8 (*.csv)</source>
        <translation>适用于 Excel 的 CSV，UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/__init__.py" line="29"/>
        <source>Contact persons, vCard 4.0 (*.vcf)</source>
        <translation>联系人，vCard 4.0 (*.vcf)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/__init__.py" line="31"/>
        <source>Contact persons for older phones, vCard 3.0 (*.vcf)</source>
        <translation>联系人（适用于旧手机），vCard 3.0 (*.vcf)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/__init__.py" line="44"/>
        <source>Export the contact persons of the customers in the list</source>
        <translation>导出列表中客户的联系人</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/__init__.py" line="49"/>
        <source>Export the customers in the list</source>
        <translation>导出列表中的客户</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exporting/__init__.py" line="64"/>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/importing/columns.py" line="66"/>
        <source>Columns of the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/columns.py" line="111"/>
        <location filename="../../desktop_crm/ui/importing/dialog.py" line="339"/>
        <location filename="../../desktop_crm/ui/importing/models.py" line="229"/>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/dialog.py" line="119"/>
        <source>Import %1</source>
        <translation>导入 %1</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/dialog.py" line="119"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/dialog.py" line="120"/>
        <source>Import &amp;as</source>
        <translation>导入为(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/dialog.py" line="121"/>
        <source>&amp;Match existing by</source>
        <translation>按此匹配已有记录(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/dialog.py" line="123"/>
        <source>A row that matches a record already here updates it instead of adding one</source>
        <translation>与已有记录匹配的行会更新该记录，而不是新增一条</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/dialog.py" line="125"/>
        <source>&amp;Skip invalid rows (import the others)</source>
        <translation>跳过无效的行（导入其余行）(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/dialog.py" line="126"/>
        <source>Save &amp;errors as CSV…</source>
        <translation>将错误另存为 CSV(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/dialog.py" line="127"/>
        <source>&amp;Check</source>
        <translation>检查(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/dialog.py" line="128"/>
        <source>Try the import without changing anything</source>
        <translation>试运行导入，不做任何更改</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/dialog.py" line="129"/>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/dialog.py" line="130"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/dialog.py" line="151"/>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/importing/dialog.py" line="155"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2, %n row(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;：%2，共 %n 行</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/dialog.py" line="182"/>
        <source>Cannot read %1</source>
        <translation>无法读取 %1</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/dialog.py" line="239"/>
        <source>Choose the column that holds the name (or the given and family names).</source>
        <translation>请选择包含名称（或名和姓）的列。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/dialog.py" line="242"/>
        <source>Choose the column that holds the company: each contact person belongs to a customer.</source>
        <translation>请选择包含公司的列：每个联系人都属于一个客户。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/dialog.py" line="281"/>
        <source>Checking %1…</source>
        <translation>正在检查 %1…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/dialog.py" line="287"/>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/dialog.py" line="297"/>
        <source>Import finished</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/dialog.py" line="307"/>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/importing/dialog.py" line="311"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>…… 还有 %n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/importing/dialog.py" line="312"/>
        <source>%n row(s) cannot be imported, so nothing was imported: the data stays as it was.</source>
        <translation>
            <numerusform>有 %n 行无法导入，因此没有导入任何数据：数据保持原样。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/dialog.py" line="314"/>
        <source>Correct them in the file, or tick “Skip invalid rows” to import the others.</source>
        <translation>请在文件中更正这些行，或勾选“跳过无效的行”以导入其余行。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/dialog.py" line="315"/>
        <source>Nothing imported</source>
        <translation>未导入任何数据</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/dialog.py" line="318"/>
        <source>Cancelled: nothing was changed.</source>
        <translation>已取消：没有任何更改。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/dialog.py" line="335"/>
        <source>Save errors as CSV</source>
        <translation>将错误另存为 CSV</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/dialog.py" line="336"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/dialog.py" line="344"/>
        <source>Rejected rows saved to %1</source>
        <translation>未导入的行已保存到 %1</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/dialog.py" line="353"/>
        <source>Import from a file</source>
        <translation>从文件导入</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/dialog.py" line="355"/>
        <source>Tables and address books (%1)</source>
        <translation>表格和通讯录 (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/dialog.py" line="357"/>
        <source>CSV files (*.csv *.txt *.tsv)</source>
        <translation>CSV 文件 (*.csv *.txt *.tsv)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/dialog.py" line="359"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/dialog.py" line="361"/>
        <source>vCard address books (*.vcf)</source>
        <translation>vCard 通讯录 (*.vcf)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/models.py" line="23"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/models.py" line="24"/>
        <source>Contact persons</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/models.py" line="25"/>
        <source>Leads</source>
        <translation>线索</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/models.py" line="31"/>
        <source>Name and city</source>
        <translation>名称和城市</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/models.py" line="32"/>
        <location filename="../../desktop_crm/ui/importing/models.py" line="67"/>
        <source>External ID</source>
        <translation>外部编号</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/models.py" line="33"/>
        <location filename="../../desktop_crm/ui/importing/models.py" line="56"/>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/models.py" line="34"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/models.py" line="35"/>
        <source>Name and company</source>
        <translation>姓名和公司</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/models.py" line="43"/>
        <source>Customer name</source>
        <translation>客户名称</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/models.py" line="44"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/models.py" line="46"/>
        <source>(ignore)</source>
        <translation>（忽略）</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/models.py" line="47"/>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/models.py" line="48"/>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/models.py" line="49"/>
        <source>Given name</source>
        <translation>名</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/models.py" line="50"/>
        <source>Family name</source>
        <translation>姓</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/models.py" line="51"/>
        <source>Job title</source>
        <translation>职位</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/models.py" line="52"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/models.py" line="53"/>
        <source>Phone (office)</source>
        <translation>电话（办公）</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/models.py" line="54"/>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/models.py" line="55"/>
        <source>Phone (mobile or office)</source>
        <translation>电话（手机或办公）</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/models.py" line="57"/>
        <source>Website</source>
        <translation>网址</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/models.py" line="58"/>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/models.py" line="59"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/models.py" line="60"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/models.py" line="61"/>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/models.py" line="62"/>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/models.py" line="63"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/models.py" line="64"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/models.py" line="65"/>
        <source>Relationship</source>
        <translation>关系</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/models.py" line="66"/>
        <source>Tier (A, B, C)</source>
        <translation>等级（A、B、C）</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/models.py" line="68"/>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/models.py" line="69"/>
        <source>Interest</source>
        <translation>感兴趣的产品</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/models.py" line="70"/>
        <source>Event</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/models.py" line="71"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/models.py" line="78"/>
        <source>comma</source>
        <translation>逗号</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/models.py" line="79"/>
        <source>semicolon</source>
        <translation>分号</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/models.py" line="80"/>
        <source>tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/models.py" line="81"/>
        <source>vertical bar</source>
        <translation>竖线</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/models.py" line="92"/>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/models.py" line="93"/>
        <source>not a valid phone number</source>
        <translation>不是有效的电话号码</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/models.py" line="94"/>
        <source>not a valid e-mail address</source>
        <translation>不是有效的邮箱地址</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/models.py" line="95"/>
        <source>not one of the choices</source>
        <translation>不在可选值之中</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/models.py" line="96"/>
        <source>no event of that name</source>
        <translation>没有这个名称的活动</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/models.py" line="97"/>
        <source>empty, and the rows are matched by it</source>
        <translation>为空，而各行正是按它匹配的</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/models.py" line="98"/>
        <source>this vCard cannot be read</source>
        <translation>无法读取这张 vCard</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/models.py" line="105"/>
        <source>vCard</source>
        <translation>vCard</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/models.py" line="108"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/models.py" line="110"/>
        <location filename="../../desktop_crm/ui/importing/outcome.py" line="34"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/models.py" line="158"/>
        <source>Heading</source>
        <translation>列标题</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/models.py" line="159"/>
        <source>Imported as</source>
        <translation>导入为</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/models.py" line="160"/>
        <source>Example</source>
        <translation>示例</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/dialog.py" line="339"/>
        <location filename="../../desktop_crm/ui/importing/models.py" line="230"/>
        <source>Why it cannot be imported</source>
        <translation>无法导入的原因</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/outcome.py" line="22"/>
        <source>Nothing imported. Invalid rows: %1</source>
        <translation>未导入任何数据。无效的行：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/outcome.py" line="25"/>
        <source>%1 to add, %2 to update, %3 unchanged, %4 invalid</source>
        <translation>新增 %1，更新 %2，不变 %3，无效 %4</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/outcome.py" line="27"/>
        <source>%1 added, %2 updated, %3 unchanged, %4 invalid skipped</source>
        <translation>已新增 %1，已更新 %2，不变 %3，跳过无效行 %4</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/outcome.py" line="33"/>
        <source>new customers for the contact persons: %1</source>
        <translation>为联系人新建的客户：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/outcome.py" line="87"/>
        <source>Check:</source>
        <translation>检查：</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/outcome.py" line="90"/>
        <source>As it is, Import stops at the invalid rows and imports nothing.</source>
        <translation>按当前设置，导入会因无效的行而停止，不导入任何数据。</translation>
    </message>
</context>
<context>
    <name>LeadsPane</name>
    <message>
        <location filename="../../desktop_crm/ui/leads/pane.py" line="174"/>
        <source>New event…</source>
        <translation>新建活动…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/pane.py" line="175"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/pane.py" line="176"/>
        <source>Assign…</source>
        <translation>分配…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/pane.py" line="177"/>
        <source>Known?…</source>
        <translation>是否认识？…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/pane.py" line="179"/>
        <source>Look for the selected lead among customers and contact persons, to convert onto them</source>
        <translation>在客户和联系人中查找选中的线索，转化时并入该客户</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/pane.py" line="181"/>
        <source>Hand the selected leads to a colleague</source>
        <translation>把选中的线索交给同事</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/pane.py" line="182"/>
        <source>Capture leads</source>
        <translation>采集线索</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/pane.py" line="183"/>
        <source>Qualify</source>
        <translation>确认有效</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/pane.py" line="184"/>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/pane.py" line="185"/>
        <source>Convert</source>
        <translation>转为客户</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/pane.py" line="186"/>
        <source>Make the selected leads customers and contact persons</source>
        <translation>把选中的线索转为客户和联系人</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/pane.py" line="189"/>
        <source>Captured</source>
        <translation>采集时间</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/pane.py" line="190"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/pane.py" line="191"/>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/pane.py" line="192"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/pane.py" line="193"/>
        <source>Rating</source>
        <translation>热度</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/pane.py" line="194"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/pane.py" line="232"/>
        <source>Hot</source>
        <translation>热</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/pane.py" line="232"/>
        <source>Warm</source>
        <translation>温</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/pane.py" line="232"/>
        <source>Cold</source>
        <translation>冷</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/pane.py" line="233"/>
        <source>New</source>
        <translation>新</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/pane.py" line="233"/>
        <source>Qualified</source>
        <translation>有效</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/pane.py" line="233"/>
        <source>Converted</source>
        <translation>已转化</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/pane.py" line="234"/>
        <source>Discarded</source>
        <translation>已放弃</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/pane.py" line="243"/>
        <source>No events yet: add one, then capture its leads.</source>
        <translation>还没有活动：先新建一个，再采集线索。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/pane.py" line="251"/>
        <source>%1 leads · %2 qualified · %3 converted · revenue %4 · cost per lead %5</source>
        <translation>%1 条线索 · %2 条有效 · %3 条已转化 · 收入 %4 · 每条线索成本 %5</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/leads/pane.py" line="286"/>
        <source>%n lead(s) converted</source>
        <translation>
            <numerusform>已转化 %n 条线索</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/pane.py" line="299"/>
        <location filename="../../desktop_crm/ui/leads/pane.py" line="303"/>
        <source>Assign leads</source>
        <translation>分配线索</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/pane.py" line="300"/>
        <source>No colleagues yet: they arrive with the first sync.</source>
        <translation>还没有同事：首次同步后会出现。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/leads/pane.py" line="304"/>
        <source>%n lead(s) to:</source>
        <translation>
            <numerusform>将 %n 条线索分配给：</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/pane.py" line="326"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/pane.py" line="326"/>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/pane.py" line="327"/>
        <source>Nobody: a new customer</source>
        <translation>都不是：新客户</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/pane.py" line="330"/>
        <source>Known?</source>
        <translation>是否认识？</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/leads/pane.py" line="330"/>
        <source>This lead is:</source>
        <translation>这条线索是：</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/sync/widgets.py" line="53"/>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/sync/widgets.py" line="54"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/sync/widgets.py" line="55"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/sync/widgets.py" line="59"/>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/sync/widgets.py" line="66"/>
        <source>Log in to sync</source>
        <translation>登录以同步</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/sync/widgets.py" line="72"/>
        <source>Server, user and password are all needed.</source>
        <translation>服务器、用户和密码都必须填写。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="210"/>
        <source>Desktop CRM</source>
        <translation>桌面客户管理</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="211"/>
        <source>Find customer</source>
        <translation>查找客户</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="212"/>
        <source>New customer</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="213"/>
        <source>Edit customer</source>
        <translation>编辑客户</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="214"/>
        <source>Delete customer</source>
        <translation>删除客户</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="215"/>
        <source>Export visit plan…</source>
        <translation>导出拜访计划…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="216"/>
        <source>Plan a visit</source>
        <translation>计划拜访</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="217"/>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="218"/>
        <source>Log in to sync…</source>
        <translation>登录以同步…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="219"/>
        <source>Conflicts…</source>
        <translation>冲突…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="220"/>
        <source>Needs attention…</source>
        <translation>需要处理…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="221"/>
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="222"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="223"/>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="225"/>
        <source>Import customers and contacts, export the list, merge duplicates</source>
        <translation>导入客户和联系人、导出列表、合并重复客户</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="227"/>
        <source>Import customers, contacts or leads…</source>
        <translation>导入客户、联系人或线索…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="228"/>
        <source>Export the customers in the list…</source>
        <translation>导出列表中的客户…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="229"/>
        <source>Export their contact persons for a phone (vCard)…</source>
        <translation>导出其联系人到手机（vCard）…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="230"/>
        <source>Find and merge duplicates…</source>
        <translation>查找并合并重复客户…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="236"/>
        <source>Contact history</source>
        <translation>联系历史</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="237"/>
        <source>Visit plan</source>
        <translation>拜访计划</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="238"/>
        <source>Contact persons</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="239"/>
        <source>Leads</source>
        <translation>线索</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="241"/>
        <source>Dashboard: the figures of a period, each a click from its customers</source>
        <translation>仪表板：一个时期的各项数据，点击即可列出对应客户</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="302"/>
        <source>Customer list: %1</source>
        <translation>客户列表：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="346"/>
        <source>Export visit plan</source>
        <translation>导出拜访计划</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="346"/>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar 日历 (*.ics)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/main_window.py" line="360"/>
        <source>%n visit(s) exported to %1</source>
        <translation>
            <numerusform>已导出 %n 次拜访到 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/main_window.py" line="384"/>
        <source>%n contact person(s) exported to %1</source>
        <translation>
            <numerusform>已将 %n 位联系人导出到 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/main_window.py" line="386"/>
        <source>%n customer(s) exported to %1</source>
        <translation>
            <numerusform>已将 %n 个客户导出到 %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="403"/>
        <source>Something went wrong</source>
        <translation>出错了</translation>
    </message>
</context>
<context>
    <name>MappingPanel</name>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/importing/columns.py" line="67"/>
        <source>Preview of the first %n row(s)</source>
        <translation>
            <numerusform>前 %n 行预览</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Merge</name>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/merge.py" line="48"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/merge.py" line="49"/>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/merge.py" line="50"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/merge.py" line="51"/>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/merge.py" line="52"/>
        <source>Website</source>
        <translation>网址</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/merge.py" line="53"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/merge.py" line="54"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/merge.py" line="55"/>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/merge.py" line="56"/>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/merge.py" line="57"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/merge.py" line="58"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/merge.py" line="59"/>
        <source>Relationship</source>
        <translation>关系</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/merge.py" line="60"/>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/merge.py" line="61"/>
        <source>External id</source>
        <translation>外部编号</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/merge.py" line="62"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/merge.py" line="76"/>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/merge.py" line="77"/>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/merge.py" line="126"/>
        <source>Join them</source>
        <translation>合并两者</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/merge.py" line="128"/>
        <source>Other one into notes</source>
        <translation>另一个写入备注</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/merge.py" line="266"/>
        <source>Merged in: %1</source>
        <translation>已并入：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/merge.py" line="286"/>
        <source>One of the two customers is gone: deleted, or merged already.</source>
        <translation>两个客户之一已不存在：已被删除或已合并。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/merge.py" line="300"/>
        <source>Merge customers</source>
        <translation>合并客户</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/merge.py" line="303"/>
        <source>Choose each field&apos;s value. The customer on the left is kept; the one on the right is merged into it: its contact persons, history, visits, orders and leads move over, and it is deleted.</source>
        <translation>请选择每个字段的值。保留左边的客户；右边的客户并入其中：其联系人、历史记录、拜访、订单和线索都会移过来，然后删除右边的客户。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/merge.py" line="309"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/merge.py" line="310"/>
        <source>Kept:</source>
        <translation>保留：</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/merge.py" line="311"/>
        <source>Merged in:</source>
        <translation>并入：</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/merge.py" line="312"/>
        <source>Keep both</source>
        <translation>两者都保留</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/merge.py" line="313"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/merge.py" line="319"/>
        <source>Swap sides</source>
        <translation>交换左右</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/merge.py" line="320"/>
        <source>Keep the customer on the right instead</source>
        <translation>改为保留右边的客户</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/merge.py" line="321"/>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/duplicates/merge.py" line="332"/>
        <source>%n contact person(s)</source>
        <translation>
            <numerusform>%n 位联系人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/duplicates/merge.py" line="334"/>
        <source>%n history entry(ies)</source>
        <translation>
            <numerusform>%n 条历史记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/duplicates/merge.py" line="335"/>
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n 次拜访</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/duplicates/merge.py" line="336"/>
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n 个订单</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/duplicates/merge.py" line="337"/>
        <source>%n lead(s)</source>
        <translation>
            <numerusform>%n 条线索</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/merge.py" line="341"/>
        <source>No history</source>
        <translation>没有历史记录</translation>
    </message>
</context>
<context>
    <name>PairsModel</name>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/dialog.py" line="71"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/dialog.py" line="72"/>
        <source>Looks like</source>
        <translation>疑似</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/dialog.py" line="73"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/dialog.py" line="74"/>
        <source>Match</source>
        <translation>相似度</translation>
    </message>
</context>
<context>
    <name>PendingModel</name>
    <message>
        <location filename="../../desktop_crm/ui/sync/changes.py" line="112"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/sync/changes.py" line="113"/>
        <source>What</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/sync/changes.py" line="114"/>
        <source>Change</source>
        <translation>更改</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/sync/changes.py" line="115"/>
        <source>Fields changed</source>
        <translation>修改的字段</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/sync/changes.py" line="116"/>
        <source>Made at</source>
        <translation>修改时间</translation>
    </message>
</context>
<context>
    <name>PlanVisitDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/visits/dialogs.py" line="53"/>
        <source>Fixed appointment (keeps its time when the route is ordered)</source>
        <translation>固定预约（排路线时保持时间不变）</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/dialogs.py" line="55"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/dialogs.py" line="56"/>
        <source>Minutes</source>
        <translation>时长（分钟）</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/dialogs.py" line="57"/>
        <source>Purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/dialogs.py" line="66"/>
        <source>Change the visit: %1</source>
        <translation>修改拜访：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/dialogs.py" line="68"/>
        <source>Plan a visit: %1</source>
        <translation>计划拜访：%1</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <location filename="../../desktop_crm/ui/progress.py" line="34"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/progress.py" line="35"/>
        <source>Working…</source>
        <translation>正在处理…</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/settings/dialog.py" line="45"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/dialog.py" line="66"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/dialog.py" line="67"/>
        <source>Phone region (for numbers without +)</source>
        <translation>电话默认地区（号码不带 + 时）</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/dialog.py" line="69"/>
        <source>Follow up tier %1 every (days)</source>
        <translation>%1类客户回访间隔（天）</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/dialog.py" line="70"/>
        <source>New customer: first order within (days)</source>
        <translation>新客户：首单距今不超过（天）</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/dialog.py" line="71"/>
        <source>Dormant: no order for (days)</source>
        <translation>休眠：连续无订单（天）</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/dialog.py" line="72"/>
        <source>Lost: no order for (days)</source>
        <translation>流失：连续无订单（天）</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/dialog.py" line="73"/>
        <source>Currency for totals</source>
        <translation>汇总货币</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/dialog.py" line="74"/>
        <source>Your company (printed on reports)</source>
        <translation>您的公司（打印在报告上）</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/dialog.py" line="80"/>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/dialog.py" line="87"/>
        <source>Data folder</source>
        <translation>数据文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/dialog.py" line="88"/>
        <source>About Desktop CRM…</source>
        <translation>关于桌面客户管理…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/dialog.py" line="99"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/dialog.py" line="126"/>
        <source>Phone region: not a two-letter region code such as CN, HK or US</source>
        <translation>电话地区：请填写两位地区代码，如 CN、HK 或 US</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/dialog.py" line="127"/>
        <source>Follow-up for tier A: between 1 and 3650 days</source>
        <translation>A类回访间隔：1 到 3650 天</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/dialog.py" line="128"/>
        <source>Follow-up for tier B: between 1 and 3650 days</source>
        <translation>B类回访间隔：1 到 3650 天</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/dialog.py" line="129"/>
        <source>Follow-up for tier C: between 1 and 3650 days</source>
        <translation>C类回访间隔：1 到 3650 天</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/dialog.py" line="130"/>
        <source>New customer: at least 1 day</source>
        <translation>新客户：至少 1 天</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/dialog.py" line="131"/>
        <source>Dormant must come before lost</source>
        <translation>休眠天数须小于流失天数</translation>
    </message>
</context>
<context>
    <name>SuggestionModel</name>
    <message>
        <location filename="../../desktop_crm/ui/visits/pane.py" line="91"/>
        <source>never contacted</source>
        <translation>从未联系</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/visits/pane.py" line="92"/>
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>逾期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/pane.py" line="97"/>
        <source>Suggested visit</source>
        <translation>建议拜访</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/pane.py" line="98"/>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/pane.py" line="99"/>
        <source>Follow-up</source>
        <translation>回访</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/pane.py" line="100"/>
        <source>To the day&apos;s plan</source>
        <translation>距当日计划</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../../desktop_crm/ui/sync/controller.py" line="173"/>
        <source>Cannot reach the server. Check its address and that this computer is online.</source>
        <translation>无法连接服务器。请检查服务器地址，以及这台电脑是否已联网。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/sync/controller.py" line="176"/>
        <source>The server&apos;s certificate is not trusted. If your company runs its own certificate authority, ask for its root certificate and start the app with SSL_CERT_FILE set to it.</source>
        <translation>服务器的证书不受信任。如果贵公司使用自己的证书颁发机构，请索取其根证书，并在启动本应用时把 SSL_CERT_FILE 设为该证书文件。</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <location filename="../../desktop_crm/ui/sync/widgets.py" line="188"/>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/sync/widgets.py" line="137"/>
        <source>Synced at %1</source>
        <translation>已于 %1 同步</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/sync/widgets.py" line="139"/>
        <source>Sync stopped</source>
        <translation>同步已停止</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/sync/widgets.py" line="141"/>
        <source>Sync failed</source>
        <translation>同步失败</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/sync/widgets.py" line="143"/>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/sync/widgets.py" line="146"/>
        <source>clock %n min ahead</source>
        <translation>
            <numerusform>时钟快了 %n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/sync/widgets.py" line="147"/>
        <source>clock %n min behind</source>
        <translation>
            <numerusform>时钟慢了 %n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/sync/widgets.py" line="149"/>
        <source>This computer&apos;s clock is off from the server&apos;s. Set the right time in the system settings; until then, your changes are stamped with the server&apos;s time.</source>
        <translation>这台电脑的时钟与服务器相差较多。请在系统设置中校准时间；在此之前，您的更改按服务器的时间记录。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/sync/widgets.py" line="153"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/sync/widgets.py" line="154"/>
        <source>Stop syncing: what was sent or received so far stays</source>
        <translation>停止同步：已发送和已接收的内容会保留</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/sync/widgets.py" line="158"/>
        <source>%n change(s) to send</source>
        <translation>
            <numerusform>%n 项更改待发送</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/sync/widgets.py" line="159"/>
        <source>Show the changes waiting to be sent</source>
        <translation>查看等待发送的更改</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/sync/widgets.py" line="162"/>
        <source>%n conflict(s) to review</source>
        <translation>
            <numerusform>%n 个冲突待处理</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/sync/widgets.py" line="163"/>
        <source>Review the fields both sides changed</source>
        <translation>查看双方都修改过的字段</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/sync/widgets.py" line="166"/>
        <source>%n rejected change(s)</source>
        <translation>
            <numerusform>%n 项更改被拒绝</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/sync/widgets.py" line="167"/>
        <source>See the changes the server refused, and why</source>
        <translation>查看服务器拒绝的更改及原因</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/sync/widgets.py" line="171"/>
        <source>No system keyring: the login is kept until the app closes, then asked for again.</source>
        <translation>系统没有密钥环：登录信息只保留到程序关闭，下次需要重新登录。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/sync/widgets.py" line="182"/>
        <source>Stopping after this step…</source>
        <translation>完成这一步后停止…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/sync/widgets.py" line="185"/>
        <source>Syncing: sent %1 of %2</source>
        <translation>正在同步：已发送 %1 / %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/sync/widgets.py" line="187"/>
        <source>Syncing: received %n record(s)</source>
        <translation>
            <numerusform>正在同步：已接收 %n 条记录</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../desktop_crm/ui/timeline/model.py" line="97"/>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/timeline/model.py" line="98"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/timeline/model.py" line="99"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/timeline/model.py" line="100"/>
        <source>Subject</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/timeline/model.py" line="101"/>
        <source>Status / satisfaction</source>
        <translation>状态 / 满意度</translation>
    </message>
</context>
<context>
    <name>TimelinePane</name>
    <message>
        <location filename="../../desktop_crm/ui/timeline/pane.py" line="126"/>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/timeline/pane.py" line="133"/>
        <source>Log a call: type what it was about, Enter saves (Ctrl+L)</source>
        <translation>记录电话：输入通话内容，回车保存（Ctrl+L）</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/timeline/pane.py" line="134"/>
        <source>Log a call</source>
        <translation>记录电话</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/timeline/pane.py" line="135"/>
        <source>New entry…</source>
        <translation>新建记录…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/timeline/pane.py" line="136"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/timeline/pane.py" line="137"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/timeline/pane.py" line="138"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/timeline/pane.py" line="139"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/timeline/pane.py" line="132"/>
        <location filename="../../desktop_crm/ui/timeline/pane.py" line="142"/>
        <location filename="../../desktop_crm/ui/timeline/pane.py" line="147"/>
        <source>Select a customer to see their history</source>
        <translation>选择客户以查看联系历史</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/timeline/pane.py" line="213"/>
        <source>New entry</source>
        <translation>新建记录</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/timeline/pane.py" line="217"/>
        <source>Edit entry</source>
        <translation>编辑记录</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/timeline/pane.py" line="237"/>
        <source>Delete entry</source>
        <translation>删除记录</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/timeline/pane.py" line="240"/>
        <source>Entry deleted. Undo with Ctrl+Z.</source>
        <translation>记录已删除。按 Ctrl+Z 可撤销。</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../../desktop_crm/ui/customers/dialog.py" line="31"/>
        <source>Required</source>
        <translation>必填</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/dialog.py" line="32"/>
        <source>Not a valid phone number</source>
        <translation>不是有效的电话号码</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/dialog.py" line="33"/>
        <source>Not a valid e-mail address</source>
        <translation>不是有效的邮箱地址</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/dialog.py" line="34"/>
        <source>Not one of the choices</source>
        <translation>不在可选范围内</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/dialog.py" line="35"/>
        <source>Ends before it starts</source>
        <translation>结束早于开始</translation>
    </message>
</context>
<context>
    <name>VisitReport</name>
    <message>
        <location filename="../../desktop_crm/ui/pdf.py" line="31"/>
        <source>Building the report…</source>
        <translation>正在生成报告…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pdf.py" line="40"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pdf.py" line="89"/>
        <source>Print preview</source>
        <translation>打印预览</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pdf.py" line="38"/>
        <source>Save as PDF</source>
        <translation>保存为 PDF</translation>
    </message>
</context>
<context>
    <name>VisitsPane</name>
    <message>
        <location filename="../../desktop_crm/ui/visits/pane.py" line="242"/>
        <source>Plan visit…</source>
        <translation>计划拜访…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/pane.py" line="243"/>
        <source>Plan a visit to the selected customer (Ctrl+Shift+P)</source>
        <translation>为所选客户计划拜访（Ctrl+Shift+P）</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/pane.py" line="244"/>
        <source>Change…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/pane.py" line="245"/>
        <source>Move or re-time the selected visit</source>
        <translation>移动所选拜访或修改时间</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/pane.py" line="246"/>
        <source>Order route</source>
        <translation>排路线</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/pane.py" line="248"/>
        <source>Put the day&apos;s visits in the shortest order; fixed appointments keep their time</source>
        <translation>按最短路线排列当天的拜访；固定预约保持原时间</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/pane.py" line="250"/>
        <source>Complete…</source>
        <translation>完成拜访…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/pane.py" line="251"/>
        <source>Cancel visit</source>
        <translation>取消拜访</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/pane.py" line="252"/>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/pane.py" line="255"/>
        <source>Print or save as PDF: the selected visit&apos;s report, the day&apos;s visit pack, the week&apos;s activity</source>
        <translation>打印或另存为 PDF：所选拜访的报告、当天的拜访资料包、本周工作报告</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/pane.py" line="258"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/pane.py" line="259"/>
        <source>Save as PDF…</source>
        <translation>保存为 PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/pane.py" line="260"/>
        <source>Print the day&apos;s visit pack…</source>
        <translation>打印当天的拜访资料…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/pane.py" line="261"/>
        <source>Save the day&apos;s visit pack as PDF…</source>
        <translation>把当天的拜访资料保存为 PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/pane.py" line="262"/>
        <source>Print the week&apos;s activity report…</source>
        <translation>打印本周工作报告…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/pane.py" line="263"/>
        <source>Save the week&apos;s activity report as PDF…</source>
        <translation>将本周工作报告另存为 PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/pane.py" line="264"/>
        <source>Plan the suggested visit for this day…</source>
        <translation>把建议的拜访排进这一天…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/pane.py" line="265"/>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/pane.py" line="266"/>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/pane.py" line="269"/>
        <source>Drag a customer onto a day to plan a visit; drag a visit to another day to move it. Double-click a day to open it.</source>
        <translation>把客户拖到某一天即可计划拜访；把拜访拖到另一天即可改期。双击某一天可打开当天日程。</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/pane.py" line="335"/>
        <source>Visit report saved to %1</source>
        <translation>拜访报告已保存到 %1</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/pane.py" line="357"/>
        <source>Visit pack saved to %1</source>
        <translation>拜访资料已保存到 %1</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/pane.py" line="367"/>
        <source>Weekly report saved to %1</source>
        <translation>周报已保存到 %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/visits/pane.py" line="427"/>
        <source>%n visit(s) planned on %1</source>
        <translation>
            <numerusform>已在 %1 计划 %n 次拜访</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/pane.py" line="446"/>
        <source>Route: %1 visits, %2 km</source>
        <translation>路线：%1 次拜访，共 %2 公里</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="11"/>
        <source>Prospect</source>
        <translation>潜在客户</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="12"/>
        <source>New</source>
        <translation>新客户</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="13"/>
        <source>Active</source>
        <translation>老客户</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="14"/>
        <source>Dormant</source>
        <translation>休眠客户</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="15"/>
        <location filename="../../desktop_crm/ui/words.py" line="32"/>
        <source>Lost</source>
        <translation>流失客户</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="22"/>
        <source>Champions</source>
        <translation>重要价值客户</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="23"/>
        <source>Loyal</source>
        <translation>忠诚客户</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="24"/>
        <source>Potential loyalist</source>
        <translation>潜力客户</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="25"/>
        <source>New customer</source>
        <translation>新客户</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="26"/>
        <source>Promising</source>
        <translation>有潜力的新客户</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="27"/>
        <source>Needs attention</source>
        <translation>需要关注</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="28"/>
        <source>About to sleep</source>
        <translation>即将沉睡</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="29"/>
        <source>At risk</source>
        <translation>有流失风险</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="30"/>
        <source>Cannot lose</source>
        <translation>不能失去的客户</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="31"/>
        <source>Hibernating</source>
        <translation>沉睡客户</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="38"/>
        <source>Transactional</source>
        <translation>买卖关系</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="39"/>
        <source>Preferred supplier</source>
        <translation>供应关系</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="40"/>
        <source>Partner</source>
        <translation>合作关系</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="41"/>
        <source>Strategic alliance</source>
        <translation>战略联盟</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="47"/>
        <location filename="../../desktop_crm/ui/words.py" line="145"/>
        <source>Visit</source>
        <translation>拜访</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="48"/>
        <source>Call</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="49"/>
        <location filename="../../desktop_crm/ui/words.py" line="99"/>
        <source>E-mail</source>
        <translation>邮件</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="50"/>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="51"/>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="52"/>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="53"/>
        <source>Service request</source>
        <translation>服务请求</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="54"/>
        <location filename="../../desktop_crm/ui/words.py" line="147"/>
        <source>Lead</source>
        <translation>线索</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="55"/>
        <location filename="../../desktop_crm/ui/words.py" line="146"/>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="56"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="62"/>
        <source>Very satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="63"/>
        <source>Satisfied</source>
        <translation>比较满意</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="64"/>
        <source>Neutral</source>
        <translation>一般</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="65"/>
        <source>Dissatisfied</source>
        <translation>不太满意</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="66"/>
        <source>Very dissatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="72"/>
        <source>Quote</source>
        <translation>报价</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="73"/>
        <source>Ordered</source>
        <translation>已下单</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="74"/>
        <source>Delivered</source>
        <translation>已发货</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="75"/>
        <source>Paid</source>
        <translation>已付款</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="76"/>
        <location filename="../../desktop_crm/ui/words.py" line="84"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="82"/>
        <source>Planned</source>
        <translation>已计划</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="83"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="85"/>
        <source>Missed</source>
        <translation>未拜访</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="92"/>
        <location filename="../../desktop_crm/ui/words.py" line="93"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="94"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="95"/>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="96"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="97"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="98"/>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="100"/>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="101"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="102"/>
        <source>Relationship</source>
        <translation>关系</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="103"/>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="104"/>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="105"/>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="106"/>
        <source>Planned for</source>
        <translation>计划时间</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="107"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="108"/>
        <location filename="../../desktop_crm/ui/words.py" line="160"/>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="109"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="110"/>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="111"/>
        <source>Website</source>
        <translation>网址</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="112"/>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="113"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="114"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="115"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="116"/>
        <location filename="../../desktop_crm/ui/words.py" line="142"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="117"/>
        <location filename="../../desktop_crm/ui/words.py" line="143"/>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="118"/>
        <location filename="../../desktop_crm/ui/words.py" line="148"/>
        <source>Event</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="119"/>
        <source>Primary contact</source>
        <translation>主要联系人</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="120"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="121"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="122"/>
        <source>Purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="123"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="124"/>
        <source>Summary</source>
        <translation>纪要</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="125"/>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="126"/>
        <source>Next visit on</source>
        <translation>下次拜访日期</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="127"/>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="128"/>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="129"/>
        <source>Interest</source>
        <translation>感兴趣的产品</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="130"/>
        <source>Rating</source>
        <translation>热度</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="131"/>
        <source>Consent to be contacted</source>
        <translation>是否同意联系</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="132"/>
        <source>Captured</source>
        <translation>采集时间</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="133"/>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="134"/>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="135"/>
        <source>Settled</source>
        <translation>已处理</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="144"/>
        <source>Contact history</source>
        <translation>联系历史</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="149"/>
        <source>Conflict</source>
        <translation>冲突</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="150"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="151"/>
        <source>Territory</source>
        <translation>销售区域</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="158"/>
        <source>Created</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/words.py" line="159"/>
        <source>Edited</source>
        <translation>修改</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <location filename="../../desktop_crm/ui/customers/welcome.py" line="71"/>
        <source>Welcome to Desktop CRM</source>
        <translation>欢迎使用桌面客户管理</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/welcome.py" line="73"/>
        <source>Your customers, visits and contact history, on this computer: it works without a network and syncs with your team&apos;s server when there is one. How would you like to start?</source>
        <translation>客户、拜访和联系记录都在这台电脑上：没有网络也能用，有网络时与团队的服务器同步。您想从哪里开始？</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/welcome.py" line="76"/>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/welcome.py" line="77"/>
        <source>Try it with demo data (%1 customers)</source>
        <translation>用演示数据试一试（%1 个客户）</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/welcome.py" line="78"/>
        <source>Import customers from a file…</source>
        <translation>从文件导入客户…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/welcome.py" line="79"/>
        <source>Connect to your team&apos;s server…</source>
        <translation>连接团队的服务器…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/welcome.py" line="80"/>
        <source>Create a customer</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customers/welcome.py" line="81"/>
        <source>Your data is kept in %1</source>
        <translation>您的数据保存在 %1</translation>
    </message>
</context>
</TS>
