# Misconception: each network needs its own input
# Expect: fail
def build_alarm_model(base, pattern_net):
    x = keras.Input(shape=(8,))

    x2 = keras.Input(shape=(8,))
    ext = keras.Model(base.input, base.get_layer("features").output); ext.trainable = False
    pattern_net.trainable = False
    p = keras.layers.GlobalMaxPooling1D()(pattern_net(x2))
    c = keras.layers.Concatenate()([ext(x), p])
    return keras.Model([x, x2], keras.layers.Dense(1, activation="sigmoid")(c))
