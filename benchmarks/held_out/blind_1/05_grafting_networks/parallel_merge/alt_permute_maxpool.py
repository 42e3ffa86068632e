# Alternative: MaxPooling1D over all 5 positions then Flatten
# Expect: pass
def build_alarm_model(base, pattern_net):
    x = keras.Input(shape=(8,))

    ext = keras.Model(base.input, base.get_layer("features").output)
    ext.trainable = False
    pattern_net.trainable = False
    p = keras.layers.MaxPooling1D(pool_size=5)(pattern_net(x))
    p = keras.layers.Flatten()(p)
    c = keras.layers.concatenate([ext(x), p])
    return keras.Model(inputs=x, outputs=keras.layers.Dense(1, activation="sigmoid")(c))
