# Misconception: "the maximum of each detector" is the maximum along the last axis (that is
# over the detectors at each position; the shapes agree, so nothing fails)
# (explained by grafting_networks.check_graft's reduction over another axis, no table entry).
# Expect: fail "the maximum was taken over the 5 detectors at each position"
def build_alarm_model(base, pattern_net):
    extractor = keras.Model(base.inputs, base.get_layer("features").output)
    extractor.trainable = False
    pattern_net.trainable = False
    readings = keras.Input(shape=(8,))
    strongest = keras.layers.Lambda(lambda t: keras.ops.max(t, axis=-1))
    merged = keras.layers.Concatenate()([extractor(readings), strongest(pattern_net(readings))])
    return keras.Model(readings, keras.layers.Dense(1, activation="sigmoid")(merged))
