# Misconception: flatten the (5, 5) map to fit a vector
# Expect: fail
def build_alarm_model(base, pattern_net):
    x = keras.Input(shape=(8,))

    ext = keras.Model(base.input, base.get_layer("features").output); ext.trainable = False
    pattern_net.trainable = False
    p = keras.layers.Flatten()(pattern_net(x, training=False))
    c = keras.layers.Concatenate()([ext(x, training=False), p])
    return keras.Model(x, keras.layers.Dense(1, activation="sigmoid")(c))
