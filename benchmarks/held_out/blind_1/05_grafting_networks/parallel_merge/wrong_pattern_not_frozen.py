# Misconception: only the base needs freezing
# Expect: fail
def build_alarm_model(base, pattern_net):
    x = keras.Input(shape=(8,))

    ext = keras.Model(base.input, base.get_layer("features").output); ext.trainable = False
    p = keras.layers.GlobalMaxPooling1D()(pattern_net(x))
    c = keras.layers.Concatenate()([ext(x, training=False), p])
    return keras.Model(x, keras.layers.Dense(1, activation="sigmoid")(c))
