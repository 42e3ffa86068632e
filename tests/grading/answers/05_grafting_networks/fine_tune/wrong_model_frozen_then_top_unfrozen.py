# Misconception: freeze the whole model, then unfreeze the layers to tune (a model whose
# own trainable is False trains nothing, whatever its layers say).
# (explained from the layers' trainable flags by grafting_networks.check_trainable, no table entry)
# Expect: fail "the models .\w+., .extractor. that hold .features., .head. have trainable = False: a model whose own flag is False"
def prepare_fine_tuning(model, extractor):
    model.trainable = False
    extractor.get_layer("features").trainable = True
    model.get_layer("head").trainable = True
    model.compile(optimizer=keras.optimizers.SGD(1e-3), loss="categorical_crossentropy")
    return model
