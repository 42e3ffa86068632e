# Misconception: freezing each variable of a network freezes the network (the layers stay
# trainable, and the base's BatchNormalization runs in training mode in fit)
# (explained from the layer's own flag by grafting_networks.check_inference_mode, no table entry).
# Expect: fail "the variables were frozen one by one \(variable.trainable = False\), but the layer 'norm'"
def build_alarm_model(base, pattern_net):
    for variable in base.weights + pattern_net.weights:
        variable.trainable = False
    extractor = keras.Model(base.inputs, base.get_layer("features").output)
    readings = keras.Input(shape=(8,))
    patterns = keras.layers.GlobalMaxPooling1D()(pattern_net(readings))
    merged = keras.layers.Concatenate()([extractor(readings), patterns])
    return keras.Model(readings, keras.layers.Dense(1, activation="sigmoid")(merged))
