# Misconception: MaxPooling1D is the layer that keeps the maximum
# Expect: fail
def build_alarm_model(base, pattern_net):
    x = keras.Input(shape=(8,))

    ext = keras.Model(base.input, base.get_layer("features").output); ext.trainable = False
    pattern_net.trainable = False
    p = keras.layers.Flatten()(keras.layers.MaxPooling1D(pool_size=2)(pattern_net(x)))
    c = keras.layers.Concatenate()([ext(x), p])
    return keras.Model(x, keras.layers.Dense(1, activation="sigmoid")(c))
