# Misconception: two classes means binary_crossentropy (on a 2-class softmax it gives the same
# value, but it is not the loss the task names) (explained from the compiled loss by
# grafting_networks.check_loss, no table entry)
# Expect: fail "compiled with the loss binary_crossentropy where the task asks for categorical_crossentropy: on this model"
def prepare_fine_tuning(model, extractor):
    extractor.get_layer("hidden").trainable = False
    extractor.get_layer("norm").trainable = False
    model.compile(optimizer=keras.optimizers.SGD(1e-4), loss="binary_crossentropy")
    return model
