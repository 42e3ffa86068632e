# Misconception: extractor.layers[:2] is 'hidden' and 'norm' (it is the InputLayer and 'hidden')
# (explained from the layers' trainable flags by grafting_networks.check_trainable, no table entry)
# Expect: fail "the layers frozen are the first 2 of .extractor.\.layers \(.readings., .hidden.\); the first is the InputLayer"
def prepare_fine_tuning(model, extractor):
    for layer in extractor.layers[:2]:
        layer.trainable = False
    model.compile(optimizer=keras.optimizers.SGD(1e-4), loss="categorical_crossentropy")
    return model
