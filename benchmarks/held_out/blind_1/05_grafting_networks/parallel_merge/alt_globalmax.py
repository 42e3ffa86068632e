# Alternative: GlobalMaxPooling1D, both frozen
# Expect: pass
def build_alarm_model(base, pattern_net):
    x = keras.Input(shape=(8,))

    ext = keras.Model(base.input, base.get_layer("features").output, name="extractor")
    ext.trainable = False
    pattern_net.trainable = False
    p = keras.layers.GlobalMaxPooling1D()(pattern_net(x, training=False))
    c = keras.layers.Concatenate()([ext(x, training=False), p])
    return keras.Model(x, keras.layers.Dense(1, activation="sigmoid")(c))
