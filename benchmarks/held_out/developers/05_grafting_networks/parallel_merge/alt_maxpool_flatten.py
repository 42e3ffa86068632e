# Alternative: MaxPooling1D over all 5 positions, then Flatten
# Expect: pass
def build_alarm_model(base, pattern_net):
    extractor = keras.Model(base.input, base.get_layer("features").output)
    extractor.trainable = False
    for layer in pattern_net.layers:
        layer.trainable = False
    x = keras.Input(shape=(8,))
    p = keras.layers.MaxPooling1D(pool_size=5)(pattern_net(x))
    p = keras.layers.Flatten()(p)
    m = keras.layers.Concatenate(axis=-1)([extractor(x), p])
    return keras.Model(x, keras.layers.Dense(1, activation="sigmoid")(m))
