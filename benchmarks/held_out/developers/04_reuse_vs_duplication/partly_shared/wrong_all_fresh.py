# Misconception: "the same configuration" means rebuilding both layers from their configs (the given stem unused)
# Expect: fail
def build_partly_shared_model(encoder):
    stem_cfg = encoder.layers[0].get_config()
    top_cfg = encoder.layers[1].get_config()
    del stem_cfg["name"], top_cfg["name"]
    stem = keras.layers.Dense.from_config(stem_cfg)
    q_top = keras.layers.Dense.from_config(top_cfg)
    d_top = keras.layers.Dense.from_config(top_cfg)
    q = keras.Input(shape=(8,))
    d = keras.Input(shape=(8,))
    merged = keras.layers.Concatenate()([q_top(stem(q)), d_top(stem(d))])
    return keras.Model([q, d], keras.layers.Dense(1, activation="sigmoid")(merged))
