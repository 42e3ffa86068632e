# Misconception: each network needs an input of its own (run in parallel, both read
# one and the same input).
# Expect: fail "the networks read separate inputs"
def build_alarm_model(base, pattern_net):
    extractor = keras.Model(base.inputs, base.get_layer("features").output)
    extractor.trainable = False
    pattern_net.trainable = False
    for_base, for_patterns = keras.Input(shape=(8,)), keras.Input(shape=(8,))
    features = extractor(for_base, training=False)
    patterns = keras.layers.GlobalMaxPooling1D()(pattern_net(for_patterns, training=False))
    merged = keras.layers.Concatenate()([features, patterns])
    alarm = keras.layers.Dense(1, activation="sigmoid")(merged)
    return keras.Model([for_base, for_patterns], alarm)
