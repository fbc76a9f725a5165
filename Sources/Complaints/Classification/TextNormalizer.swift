/// Folds text to the one form that rules and model features see: lowercase, fullwidth ASCII to ASCII,
/// curly quotes to straight ones, and Traditional Chinese characters to Simplified through a built-in
/// table of the characters complaint mail actually uses. Rules written in either script therefore
/// match both, and a model trained mostly on Simplified text still reads Traditional mail.
enum TextNormalizer {
    /// Normalizes `text`; the result is what `PhraseMatcher` and `FeatureExtractor` scan.
    static func normalize(_ text: String) -> String {
        String(decoding: normalizedUTF8(text), as: UTF8.self)
    }

    /// `normalize(text)` as UTF-8 bytes, built in one pass without intermediate strings.
    static func normalizedUTF8(_ text: String) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 16)
        appendNormalized(text, to: &out)
        return out
    }

    /// Appends the normalized UTF-8 of `text` to `out`.
    static func appendNormalized(_ text: String, to out: inout [UInt8]) {
        // Fast path: ASCII bytes are copied (lowercased) straight from the string's UTF-8; the rest
        // is decoded scalar by scalar.
        out.reserveCapacity(out.count + text.utf8.count)
        let done: Void? = text.utf8.withContiguousStorageIfAvailable { t in
            var i = 0
            while i < t.count {
                // A run of ASCII bytes is lowercased and appended in one go.
                var e = i
                while e < t.count && t[e] < 0x80 { e += 1 }
                if e > i {
                    let start = out.count
                    out.append(contentsOf: t[i..<e])
                    out.withUnsafeMutableBufferPointer { o in
                        for q in start..<o.count where o[q] >= 0x41 && o[q] <= 0x5A { o[q] += 0x20 }
                    }
                    i = e
                    continue
                }
                let (v, length) = decode(t, at: i)
                appendNormalized(Unicode.Scalar(v)!, to: &out)
                i += length
            }
        }
        if done != nil { return }
        for scalar in text.unicodeScalars { appendNormalized(scalar, to: &out) }
    }

    /// Appends the normalized UTF-8 of one scalar to `out`.
    @inline(__always) static func appendNormalized(_ scalar: Unicode.Scalar, to out: inout [UInt8]) {
        let v = scalar.value
        if v < 0x80 {
            out.append(UInt8(v >= 0x41 && v <= 0x5A ? v + 0x20 : v))
            return
        }
        switch v {
        case 0xFF01...0xFF5E:  // fullwidth ASCII
            var a = v - 0xFF01 + 0x21
            if a >= 0x41 && a <= 0x5A { a += 0x20 }
            out.append(UInt8(a))
        case 0x3000:
            out.append(0x20)
        case 0x2018, 0x2019, 0x2032:
            out.append(0x27)
        case 0x201C, 0x201D:
            out.append(0x22)
        case 0x3400..<0xA000:
            let simplified = simplifiedTable[Int(v - 0x3400)]
            appendUTF8(simplified == 0 ? v : UInt32(simplified), to: &out)
        case 0x80..<0x3000 where scalar.properties.isUppercase:
            for l in String(scalar).lowercased().unicodeScalars { appendUTF8(l.value, to: &out) }
        default:
            appendUTF8(v, to: &out)
        }
    }

    @inline(__always) static func appendUTF8(_ v: UInt32, to out: inout [UInt8]) {
        switch v {
        case ..<0x80:
            out.append(UInt8(v))
        case ..<0x800:
            out.append(UInt8(0xC0 | (v >> 6)))
            out.append(UInt8(0x80 | (v & 0x3F)))
        case ..<0x10000:
            out.append(UInt8(0xE0 | (v >> 12)))
            out.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (v & 0x3F)))
        default:
            out.append(UInt8(0xF0 | (v >> 18)))
            out.append(UInt8(0x80 | ((v >> 12) & 0x3F)))
            out.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (v & 0x3F)))
        }
    }

    /// Decodes the scalar starting at `i` in valid UTF-8; returns it and its length in bytes.
    @inline(__always) static func decode(_ t: UnsafeBufferPointer<UInt8>, at i: Int) -> (UInt32, Int) {
        let b0 = UInt32(t[i])
        if b0 < 0x80 { return (b0, 1) }
        if b0 < 0xE0 { return ((b0 & 0x1F) << 6 | UInt32(t[i + 1] & 0x3F), 2) }
        if b0 < 0xF0 { return ((b0 & 0x0F) << 12 | UInt32(t[i + 1] & 0x3F) << 6 | UInt32(t[i + 2] & 0x3F), 3) }
        return ((b0 & 0x07) << 18 | UInt32(t[i + 1] & 0x3F) << 12 | UInt32(t[i + 2] & 0x3F) << 6 | UInt32(t[i + 3] & 0x3F), 4)
    }

    /// True for Han ideographs (CJK Unified, Extension A, Compatibility).
    @inline(__always) static func isHan(_ v: UInt32) -> Bool {
        (0x4E00...0x9FFF).contains(v) || (0x3400...0x4DBF).contains(v) || (0xF900...0xFAFF).contains(v)
    }

    /// Pairs of (Traditional, Simplified) characters, written as one string of pairs.
    private static let pairs = """
    話话費费帳账賬账號号網网絡络訊讯電电腦脑軟软體体務务態态員员錢钱銀银與与為为們们這这個个來来說说對对時时間间問问題题\
    還还沒没點点發发麼么會会後后請请處处將将給给過过裡里見见應应該该現现實实機机寬宽頻频線线開开關关閉闭斷断連连續续報报\
    導导記记聯联繫系係系戶户錄录碼码陸陆單单額额賠赔償偿貴贵價价購购買买賣卖貨货質质壞坏維维裝装換换師师約约預预門门遲迟\
    複复雜杂規规則则條条隱隐洩泄詐诈騙骗盜盗駭骇惡恶罵骂魯鲁禮礼經经紀纪監监協协訴诉銷销總总領领嚴严緊紧損损資资數数據据\
    丟丢當当閃闪錯错誤误級级設设備备螢萤顯显鍵键盤盘鼠鼠講讲聽听讓让認认識识證证驗验鎖锁權权註注冊册頓顿無无穩稳覆覆蓋盖\
    區区層层辦办業业櫃柜檯台臺台專专負负責责調调週周幾几塊块萬万億亿歲岁議议進进優优詢询諮咨樣样嗎吗謝谢幫帮確确訂订餘余\
    標标準准範范習习慣惯煩烦瑣琐長长覆覆諾诺兌兑轉转異异風风險险擾扰騷骚撥拨簡简圾圾廣广營营廳厅違违補补滿满憤愤氣气爛烂\
    誇夸張张離离譜谱絕绝趕赶馬马盡尽場场遷迁鴿鸽試试產产檻槛別别乾干淨净舊旧歡欢讚赞學学東东車车讀读寫写圖图書书畫画檔档\
    統统計计傳传輸输邊边頭头級级雲云髮发麵面鐘钟錶表準准術术據据擊击態态勢势殘残爭争紛纷鬧闹動动靜静響响聲声變变態态\
    辭辞職职罰罚憑凭職职責责醫医藥药險险災灾禍祸傷伤亂乱衝冲擔担憂忧慮虑爲为麗丽廠厂產产庫库氣气價价幣币匯汇滯滞緩缓\
    貼贴罷罢驟骤鑰钥匙匙碼码訊讯廳厅號号碼码頁页標标識识彈弹窗窗獲获託托線线纜缆視视頻频閱阅讀读觸触屬属團团隊队區区\
    結结繳缴鏈链綁绑顧顾運运雙双兩两際际漲涨熱热燈灯紅红測测剛刚壓压攝摄親亲節节組组織织終终繼继績绩緒绪練练純纯紙纸細细陳陈陣阵陽阳難难雞鸡靈灵項项順顺須须飛飞館馆饋馈驚惊鬆松魚鱼鳥鸟麥麦黃黄齊齐齒齿龍龙強强從从懷怀戰战擁拥擇择搶抢攜携敗败晝昼曉晓極极構构樂乐歸归殺杀決决況况淚泪減减滅灭煙烟燒烧爐炉狀状獨独環环療疗礙碍種种稱称窮穷築筑簽签糧粮覺觉觀观許许診诊詳详論论護护輕轻較较跡迹達达選选遺遗鄉乡鎮镇隨随類类飯饭歷历曆历僅仅儲储兒儿內内凍冻刪删劃划勞劳卻却參参叢丛啟启夠够奪夺婦妇媽妈寶宝島岛幹干徵征擴扩攔拦敵敌於于晉晋曬晒檢检漢汉潔洁濕湿灣湾牆墙獎奖畢毕瘋疯盞盏眾众矯矫礎础稅税窩窝竊窃筆笔糾纠紹绍絲丝綠绿緣缘編编縣县羅罗肅肃脫脱臉脸臨临興兴莊庄華华葉叶蘭兰虛虚衛卫襪袜覽览訪访誰谁課课談谈謊谎貝贝貢贡貪贪賴赖趨趋蹤踪軍军載载輛辆農农遞递適适遠远郵邮釋释針针鈕钮鋪铺閒闲陰阴隻只雖虽韓韩頂顶頒颁願愿顏颜飄飘飽饱黨党齡龄製制舉举聞闻蟲虫範范簡简
    """

    /// The Simplified form of each character from U+3400 to U+9FFF (0: unchanged).
    static let simplifiedTable: [UInt16] = {
        var table = [UInt16](repeating: 0, count: 0xA000 - 0x3400)
        let scalars = Array(pairs.unicodeScalars.filter { isHan($0.value) })
        var i = 0
        while i + 1 < scalars.count {
            let (t, s) = (scalars[i].value, scalars[i + 1].value)
            if t != s, (0x3400..<0xA000).contains(t), s < 0x10000 { table[Int(t - 0x3400)] = UInt16(s) }
            i += 2
        }
        return table
    }()
}
