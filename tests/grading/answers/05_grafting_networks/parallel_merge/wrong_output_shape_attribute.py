# Misconception: a layer's output_shape gives the width to plan the head with, as in older
# tutorials (Keras 3 removed it from layers) (explained from Keras's own error by
# keras_errors, no table entry).
# Expect: fail "layer.output_shape was removed in Keras 3"
def build_alarm_model(base, pattern_net):
    extractor = keras.Model(base.inputs, base.get_layer("features").output)
    extractor.trainable = False
    pattern_net.trainable = False
    width = base.get_layer("features").output_shape[-1] + pattern_net.output_shape[-1]
    readings = keras.Input(shape=(8,))
    patterns = keras.layers.GlobalMaxPooling1D()(pattern_net(readings))
    merged = keras.layers.Concatenate()([extractor(readings), patterns])
    merged = keras.layers.Reshape((width,))(merged)
    return keras.Model(readings, keras.layers.Dense(1, activation="sigmoid")(merged))
