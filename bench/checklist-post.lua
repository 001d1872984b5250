-- wrk script: the checklist form as a browser posts it (a self-care answer set).
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.body = "answer=pain-one-leg&answer=pain-below-knee&answer=worse-sitting&answer=long-sitting&duration=duration-under-6-weeks&trend=trend-same&age=42"
