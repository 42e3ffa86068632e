# Alternative: MaxPooling1D over all 5 positions, then Flatten (a (None, 1, 5) map becomes
# (None, 5)); the pattern network frozen layer by layer.
# Expect: pass
def build_alarm_model(base, pattern_net):
    extractor = keras.Model(base.inputs, base.get_layer("features").output)
    extractor.trainable = False
    for layer in pattern_net.layers:
        layer.trainable = False
    readings = keras.Input(shape=(8,))
    pooled = keras.layers.MaxPooling1D(pool_size=5)(pattern_net(readings))
    merged = keras.layers.Concatenate()([extractor(readings), keras.layers.Flatten()(pooled)])
    return keras.Model(readings, keras.layers.Dense(1, activation="sigmoid")(merged))
