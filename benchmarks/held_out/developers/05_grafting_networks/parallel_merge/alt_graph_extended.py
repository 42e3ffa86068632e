# Alternative: extend the base's own graph; the pattern network is called on the base's input
# Expect: pass
def build_alarm_model(base, pattern_net):
    base.trainable = False
    pattern_net.trainable = False
    readings = base.input
    features = base.get_layer("features").output
    patterns = keras.layers.GlobalMaxPool1D()(pattern_net(readings))
    merged = keras.layers.Concatenate()([features, patterns])
    return keras.Model(readings, keras.layers.Dense(1, activation="sigmoid")(merged))
