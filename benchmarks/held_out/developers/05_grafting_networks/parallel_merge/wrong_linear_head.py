# Misconception: the head gives a score; no activation needed
# Expect: fail
def build_alarm_model(base, pattern_net):
    extractor = keras.Model(base.input, base.get_layer("features").output)
    extractor.trainable = False
    pattern_net.trainable = False
    x = keras.Input(shape=(8,))
    p = keras.layers.GlobalMaxPooling1D()(pattern_net(x))
    m = keras.layers.Concatenate()([extractor(x), p])
    return keras.Model(x, keras.layers.Dense(1)(m))
