# Misconception: the concatenation needs a hidden Dense before the alarm
# Expect: fail
def build_alarm_model(base, pattern_net):
    extractor = keras.Model(base.input, base.get_layer("features").output)
    extractor.trainable = False
    pattern_net.trainable = False
    x = keras.Input(shape=(8,))
    p = keras.layers.GlobalMaxPooling1D()(pattern_net(x))
    m = keras.layers.Concatenate()([extractor(x), p])
    h = keras.layers.Dense(13, activation="relu")(m)
    return keras.Model(x, keras.layers.Dense(1, activation="sigmoid")(h))
