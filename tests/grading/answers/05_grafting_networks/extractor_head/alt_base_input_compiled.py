# Alternative: cut from base.input (the one tensor), frozen layer by layer in a loop, the
# model compiled by the learner (not asked, and harmless).
# Expect: pass
def build_service_model(base):
    cut = keras.Model(base.input, base.get_layer("features").output)
    for layer in cut.layers:
        layer.trainable = False
    inputs = keras.Input((8,))
    model = keras.Model(inputs, keras.layers.Dense(units=2, activation="softmax")(cut(inputs)))
    model.compile(optimizer="adam", loss="categorical_crossentropy")
    return model
