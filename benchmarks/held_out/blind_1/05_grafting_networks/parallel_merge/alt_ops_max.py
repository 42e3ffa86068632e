# Alternative: keras.ops.max over axis 1, layers frozen one by one
# Expect: pass
def build_alarm_model(base, pattern_net):
    x = keras.Input(shape=(8,))

    for layer in base.layers + pattern_net.layers:
        layer.trainable = False
    ext = keras.Model(base.input, base.get_layer("features").output)
    p = keras.ops.max(pattern_net(x), axis=1)
    c = keras.ops.concatenate([ext(x), p], axis=-1)
    return keras.Model(x, keras.layers.Dense(1, activation="sigmoid")(c))
