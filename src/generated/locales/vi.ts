
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
's03bf3': `Ngôn ngữ`,
's0959d': `Bộ phận hỗ trợ toàn quốc: tư vấn, ghi nhận và chỗ ở tạm lánh cho nạn nhân.`,
's0ac61': `Trước tiên là một buổi nói chuyện`,
's1da47': `Đang tải…`,
's258f1': `Ép buộc phạm tội`,
's2d531': `Không tải được các tổ chức của trang web này. Dưới đây là các tổ chức trên toàn quốc.`,
's2dd69': `Phù hợp với những dấu hiệu bạn đã đánh dấu.`,
's34eae': str`${0} tổ chức`,
's371b0': `Chăm sóc cho nạn nhân ở khu vực Rotterdam.`,
's39090': `Tất cả các hình thức`,
's3c483': `Nhấn Shift thêm một lần nữa để rời khỏi trang web này.`,
's41c56': `Chỗ ở tạm lánh và chăm sóc cho nạn nhân ở Amsterdam và Noord-Holland.`,
's42fb1': `Tìm hiểu thêm về cách dùng internet an toàn`,
's438cb': `Không có tổ chức nào phù hợp hoàn toàn với lựa chọn này. Bạn luôn có thể liên hệ với:`,
's4925a': `Thoát nhanh`,
's49308': `Hỗ trợ miễn phí và bảo mật khi bị bóc lột trong công việc ngoài ngành công nghiệp tình dục.`,
's5768f': `1 tổ chức`,
's5a92f': `Việc này là về tôi`,
's5b146': `Để dùng internet an toàn hơn: hãy dùng cửa sổ riêng tư (ẩn danh), sau đó xóa lịch sử duyệt web, hoặc dùng điện thoại hay máy tính mà người bạn sợ không thể xem hay kiểm tra.`,
's5f0f2': str`Xem thêm tổ chức (còn ${0})`,
's5fa94': `Tôi hỗ trợ trong công việc của mình`,
's61625': `Bóc lột lao động`,
's63690': `Bạn cũng có thể nhấn phím Shift 3 lần.`,
's641c4': `CoMensha tìm một chỗ ở nhà tạm lánh chuyên về nạn nhân mua bán người. Các điều phối viên chăm sóc trong khu vực giúp nạn nhân tìm đến đúng nơi hỗ trợ.`,
's684ce': `Trình báo việc bóc lột tại nơi làm việc.`,
's6c4b7': `Số khẩn cấp`,
's6cc0e': `Chỗ ở tạm lánh và hỗ trợ`,
's6f1a1': `Trò chuyện trực tuyến ẩn danh cho người trẻ bị ép buộc phạm tội và những người xung quanh họ.`,
's72404': `Thời gian suy nghĩ này dành cho người không có quyền ở tại Hà Lan. Khi đó bạn có tối đa ba tháng để quyết định có làm đơn tố cáo hay không. Trong thời gian đó, bạn không phải rời khỏi Hà Lan. Bạn đến từ một nước thuộc Liên minh châu Âu? Hãy hỏi CoMensha điều gì áp dụng cho bạn.`,
's7493c': `Hỗ trợ thực tế, tinh thần và pháp lý cho nạn nhân và nhân chứng.`,
's7af2d': `“Thoát nhanh” đưa bạn ngay đến một trang web khác.`,
's7b563': `Cả ngày lẫn đêm`,
's7f1a2': `Không khẩn cấp? Hãy báo cho cảnh sát hoặc làm đơn tố cáo.`,
's81f4f': `Nhấn Shift thêm hai lần nữa để rời khỏi trang web này.`,
's829cb': str`Trò chuyện trực tuyến qua ${0}`,
's82d0b': `Điều gì xảy ra khi tôi trình báo?`,
's840c8': `Trình báo mà không cần nói tên của bạn.`,
's84a27': str`Gọi ${0}`,
's85f8c': `Trước khi làm đơn tố cáo, luôn có một buổi nói chuyện để cung cấp thông tin với một điều tra viên được đào tạo về mua bán người. Bạn sẽ được nghe việc tố cáo diễn ra thế nào, và có những hỗ trợ, chỗ ở tạm lánh và quy định cư trú nào. Sau đó, bạn có thể quyết định không làm đơn tố cáo. Dù vậy, công tố viên vẫn có thể bắt đầu điều tra.`,
's860d9': `Bất kỳ ai`,
's8a39d': `Trình báo mua bán người`,
's8b17f': `Thời gian suy nghĩ`,
's8c612': `Hỗ trợ và tư vấn cho nạn nhân và những người xung quanh họ ở Twente.`,
's8cce5': `Trình báo điều bạn nghi ngờ hoặc làm đơn tố cáo. Khi khẩn cấp: hãy gọi 112.`,
's91ce0': `Thông tin của chính phủ dành cho người lao động nhập cư.`,
's96f91': `Việc này liên quan đến điều gì?`,
's99b17': `“Thoát nhanh” không xóa lịch sử duyệt web của bạn.`,
's9c9e1': `Giấy phép cư trú`,
's9e34d': `Bạn làm đơn tố cáo hoặc hợp tác với cuộc điều tra? Khi đó bạn có thể được cấp giấy phép cư trú tạm thời trong suốt thời gian vụ án diễn ra: một năm, và có thể được gia hạn. Việc này có điều kiện. Bạn không thể hợp tác, ví dụ vì sức khỏe, vì bạn chưa đủ 18 tuổi hoặc vì bạn bị đe dọa nghiêm trọng? Khi đó vẫn có thể được cấp giấy phép.`,
'sa836c': `Cưỡng ép lấy nội tạng`,
'sa8b1d': `Tư vấn và trình báo về bạo lực gia đình và ngược đãi trẻ em, kể cả trường hợp “loverboy”. Bạn có thể xin tư vấn mà không cần nói tên.`,
'sab941': `Giải thích từng bước về quyền lợi, việc trình báo và hỗ trợ.`,
'sacc0a': `Cảnh sát (Politie)`,
'sae63c': `Ngôn ngữ:`,
'sb0a72': `Bạn là ai?`,
'sb31a2': `Trình báo việc bóc lột trẻ em và người trẻ, kể cả ẩn danh.`,
'sb9f49': `Bóc lột tình dục`,
'sca762': `Miễn phí. Số điện thoại của bạn không hiện ra và cuộc gọi không bị ghi âm.`,
'scae48': `Điểm tư vấn và trình báo về mua bán người ở Flevoland.`,
'scf726': `Bạn muốn được tư vấn trước? CoMensha giúp tất cả mọi người có câu hỏi về mua bán người.`,
'sd00c2': `Đang có nguy hiểm? Hãy gọi ngay 112.`,
'sd76c9': `Nếu đang gặp nguy hiểm ngay lúc này, hãy gọi 112. Nếu không, hãy báo cho cảnh sát hoặc, nếu bị bóc lột tại nơi làm việc, báo cho Arbeidsinspectie (Thanh tra Lao động). Bạn cũng có thể trình báo ẩn danh. CoMensha ghi nhận những người có thể là nạn nhân và sắp xếp chỗ ở tạm lánh ban đầu.`,
'sd91ac': `Tôi lo lắng cho người khác`,
'sdce74': `Hỗ trợ về mua bán người`,
'se23bc': str`Trình báo trực tuyến qua ${0}`,
'se93f5': `Từ thứ Hai đến thứ Sáu, 9:00 đến 17:00`,
'sf2536': `Ẩn danh`,
'sf3cf3': `miễn phí, cả ngày lẫn đêm`,
'sf51f5': `Trình báo`,
'sf5acb': str`Đã đổi ngôn ngữ: ${0}`,
'sf990d': `Hỗ trợ và chỗ ở tạm lánh khi bị bạo lực trong mối quan hệ phụ thuộc, kể cả trường hợp “loverboy”.`,
    };

    /** Messages are keyed by the first keyLength characters of their id. */
    export const keyLength = 6;

    /** Texts only one element shows, in files of their own that the element loads. */
    export const parts = { checklist: () => import('./vi-checklist.js') };
