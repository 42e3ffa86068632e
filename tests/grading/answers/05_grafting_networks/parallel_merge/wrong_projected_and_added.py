# Misconception: merge by projecting the patterns to the features' width and adding
# (explained by structure, no table entry)
# Expect: fail "a Dense\(8\) reading the output of GlobalMaxPooling1D \(it turns 5 values into 8 values\)"
def build_alarm_model(base, pattern_net):
    extractor = keras.Model(base.input, base.get_layer("features").output)
    extractor.trainable = False
    pattern_net.trainable = False
    x = keras.Input(shape=(8,))
    p = keras.layers.GlobalMaxPooling1D()(pattern_net(x))
    p = keras.layers.Dense(8)(p)
    m = keras.layers.Add()([extractor(x), p])
    return keras.Model(x, keras.layers.Dense(1, activation="sigmoid")(m))
