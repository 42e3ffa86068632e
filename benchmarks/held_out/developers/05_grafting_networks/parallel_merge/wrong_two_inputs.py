# Misconception: each network gets its own input
# Expect: fail
def build_alarm_model(base, pattern_net):
    extractor = keras.Model(base.input, base.get_layer("features").output)
    extractor.trainable = False
    pattern_net.trainable = False
    a = keras.Input(shape=(8,))
    b = keras.Input(shape=(8,))
    p = keras.layers.GlobalMaxPooling1D()(pattern_net(b))
    m = keras.layers.Concatenate()([extractor(a), p])
    return keras.Model([a, b], keras.layers.Dense(1, activation="sigmoid")(m))
