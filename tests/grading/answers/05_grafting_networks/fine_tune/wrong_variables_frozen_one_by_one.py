# Misconception: freezing a layer is freezing its variables (the BatchNormalization layer stays
# trainable, so fit runs it in training mode and rewrites its moving statistics)
# (explained from the layer's own flag by grafting_networks.check_frozen_in_fit, no table entry).
# Expect: fail "the variables were frozen one by one \(variable.trainable = False\), but the layer 'norm'"
def prepare_fine_tuning(model, extractor):
    for name in ("hidden", "norm"):
        for variable in extractor.get_layer(name).weights:
            variable.trainable = False
    model.compile(optimizer=keras.optimizers.SGD(1e-3), loss="categorical_crossentropy")
    return model
