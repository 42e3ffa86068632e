# Misconception: the duplicate should start from top's trained values (set_weights after from_config)
# Expect: fail
def build_partly_shared_model(encoder):
    stem, top = encoder.layers
    q = keras.Input(shape=(8,))
    d = keras.Input(shape=(8,))
    cfg = top.get_config()
    cfg["name"] = "top_doc"
    top_doc = keras.layers.Dense.from_config(cfg)
    doc_code = top_doc(stem(d))
    top_doc.set_weights(top.get_weights())
    merged = keras.layers.Concatenate()([top(stem(q)), doc_code])
    return keras.Model([q, d], keras.layers.Dense(1, activation="sigmoid")(merged))
