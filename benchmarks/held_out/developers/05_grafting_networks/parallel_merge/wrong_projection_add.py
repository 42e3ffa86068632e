# Misconception: merge by projecting the patterns to 8 and adding
# Expect: fail
def build_alarm_model(base, pattern_net):
    extractor = keras.Model(base.input, base.get_layer("features").output)
    extractor.trainable = False
    pattern_net.trainable = False
    x = keras.Input(shape=(8,))
    p = keras.layers.GlobalMaxPooling1D()(pattern_net(x))
    p = keras.layers.Dense(8)(p)
    m = keras.layers.Add()([extractor(x), p])
    return keras.Model(x, keras.layers.Dense(1, activation="sigmoid")(m))
